using System.Globalization;
using System.Net;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Documents;
using Microsoft.Playwright;

namespace Finsam.SystemTests.Web;

// An officer finishes the plan in the browser: edits the text, sees the draft, downloads it,
// and publishes it; the published files hold the text and the services' figures.
[Collection(WebSystemCollection.Name)]
public sealed class PlanDocumentInTheBrowserTests(WebSystem system)
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    [Fact]
    public async Task An_officer_edits_the_text_previews_and_downloads_the_draft_and_publishes_the_plan()
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

            // The draft downloads as the person's own file, made now.
            var download = await person.Page.RunAndWaitForDownloadAsync(
                () => person.Page.GetByRole(AriaRole.Link, new() { Name = "Ladda ner utkastet som PDF" }).ClickAsync(), new() { Timeout = 60_000 });
            Assert.EndsWith(".pdf", download.SuggestedFilename);
            var pdf = await File.ReadAllBytesAsync(await download.PathAsync()).WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));

            await person.ClickAsync("Publicera en ny version");
            var html = person.Page.GetByRole(AriaRole.Link, new() { Name = "Version 1 som HTML" });
            await html.WaitForAsync();
            Assert.Single((await system.Documents.ListDocumentVersionsAsync(new ListDocumentVersionsRequest { Parent = $"federations/{federationId}/documents/2022" })).Versions);

            // The published HTML is public, and holds the text and the contributions as funding computes them.
            using var anonymous = new HttpClient();
            var published = WebUtility.HtmlDecode(await anonymous.GetStringAsync(await html.GetAttributeAsync("href")));
            Assert.Contains(sentence, published);
            var contributions = await system.Funding.GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{federationId}/contributions/2022" });
            foreach (var member in contributions.Members)
            {
                Assert.Contains((member.AmountOre / 100).ToString("N0", Swedish), published);
            }
            await person.LookAtAsync("publicerad");
        });
    }
}
