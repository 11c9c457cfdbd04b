using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Documents;

namespace Finsam.SystemTests.Web;

// An officer edits the plan's text in the browser and sees the draft as it will print.
[Collection(WebSystemCollection.Name)]
public sealed class PlanDocumentInTheBrowserTests(WebSystem system)
{
    [Fact]
    public async Task An_officer_edits_the_text_and_previews_the_draft()
    {
        var federationId = await SundsvallDocument.SetUpAsync(system);
        var officer = await WebPeople.NewAsync(system, "officer", Role.Editor, federationId);
        const string sentence = "Förbundet prövar i år en ny väg in för deltagarna.";
        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);

        await browser.RunAsync("dokument", async () =>
        {
            var person = await browser.SignInAsync(officer, WebPeople.Password);
            await person.GotoAsync($"/forbund/{federationId}/dokument/2022");
            await person.HeadingAsync("Verksamhetsplan och budget 2022");
            var foreword = person.Page.GetByLabel("Avsnitt forord");
            await foreword.FillAsync($"{await foreword.InputValueAsync()}\n\n{sentence}");
            await person.ClickAsync("Spara och förhandsgranska");
            await person.SeesAsync("Texten är sparad.");
            await person.Page.FrameLocator("iframe.preview").GetByText(sentence).WaitForAsync();
            Assert.Contains(sentence, (await system.Documents.GetPlanTextAsync(new GetPlanTextRequest { Name = $"federations/{federationId}/planTexts/2022" }))
                .Sections.Single(section => section.Key == "forord").Text);
            await person.LookAtAsync("dokument");
        });
    }
}
