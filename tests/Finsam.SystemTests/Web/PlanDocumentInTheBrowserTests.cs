using System.Globalization;
using System.Net;
using Finsam.Contracts.Budget.V1;
using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Documents;
using Microsoft.Playwright;

namespace Finsam.SystemTests.Web;

// An officer writes the plan's text in the browser beside a preview of what they type, is told
// of a placeholder that does not exist while typing it, saves deliberately, downloads the draft
// and publishes; the published file is public and its figures are the budget's.
[Collection(WebSystemCollection.Name)]
public sealed class PlanDocumentInTheBrowserTests(WebSystem system)
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    [Fact]
    public async Task An_officer_writes_beside_the_preview_saves_downloads_the_draft_and_publishes()
    {
        var federationId = await SundsvallDocument.SetUpAsync(system);
        var officer = await WebPeople.NewAsync(system, "officer", Role.Editor, federationId);
        var textName = $"federations/{federationId}/planTexts/2022";
        var stored = await system.Documents.GetPlanTextAsync(new GetPlanTextRequest { Name = textName });
        const string sentence = "Förbundet prövar i år en ny väg in för deltagarna.";
        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);

        await browser.RunAsync("dokument", async () =>
        {
            var person = await browser.SignInAsync(officer, WebPeople.Password);
            await person.GotoAsync($"/forbund/{federationId}/dokument/2022");
            await person.HeadingAsync("Verksamhetsplan och budget 2022");
            var preview = person.Page.FrameLocator("iframe.preview");
            var foreword = person.Page.GetByLabel("Avsnitt forord");
            var original = await foreword.InputValueAsync();

            // A placeholder that does not exist is named beside the field while typing.
            await foreword.FillAsync($"{original}\n\nFörbundet får {{{{ budget.incme.kr }}}}.");
            await person.SeesAsync("Okänd platshållare: budget.incme.");

            // The preview shows the unsaved text; nothing is stored until the officer saves.
            await foreword.FillAsync($"{original}\n\n{sentence}");
            await preview.GetByText(sentence).WaitForAsync();
            await person.SeesAsync("Visar det du har skrivit, även det som inte är sparat.");
            Assert.Equal(stored, await system.Documents.GetPlanTextAsync(new GetPlanTextRequest { Name = textName }));
            await person.LookAtAsync("dokument-osparat");

            await person.ClickAsync("Spara texten");
            await person.SeesAsync("Texten är sparad.");
            Assert.Contains(sentence, (await system.Documents.GetPlanTextAsync(new GetPlanTextRequest { Name = textName }))
                .Sections.Single(section => section.Key == "forord").Text);

            // The draft downloads as the person's own file, made now.
            var download = await person.Page.RunAndWaitForDownloadAsync(() => person.Page.GetByText("Ladda ner utkastet som PDF").ClickAsync());
            Assert.EndsWith(".pdf", download.SuggestedFilename);
            await using (var pdf = await download.CreateReadStreamAsync())
            {
                var head = new byte[5];
                await pdf.ReadExactlyAsync(head);
                Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(head));
            }

            await person.ClickAsync("Publicera en ny version");
            var html = person.Page.GetByRole(AriaRole.Link, new() { Name = "Version 1 som HTML" });
            await html.WaitForAsync();
            Assert.Single((await system.Documents.ListDocumentVersionsAsync(new ListDocumentVersionsRequest { Parent = $"federations/{federationId}/documents/2022" })).Versions);

            // The published HTML is public, with the text as saved and the income the budget computes.
            using var anonymous = new HttpClient();
            var published = WebUtility.HtmlDecode(await anonymous.GetStringAsync(await html.GetAttributeAsync("href"))).Replace('\u00A0', ' ');
            Assert.Contains(sentence, published);
            var report = await system.Budget.ComputeBudgetAsync(new ComputeBudgetRequest { Name = $"federations/{federationId}/budgets/2022" });
            var income = report.Years.Single(year => year.Year == 2022 && !year.Forecast).IncomeOre;
            Assert.Contains($"{(income / 100).ToString("N0", Swedish).Replace('\u00A0', ' ')} kr", published);
            await person.LookAtAsync("publicerad");
        });
    }

    [Fact]
    public async Task An_officer_edits_the_template_beside_its_preview_and_saves_it()
    {
        var federationId = await SundsvallDocument.SetUpAsync(system);
        var officer = await WebPeople.NewAsync(system, "officer", Role.Editor, federationId);
        var templateName = $"federations/{federationId}/documentTemplate";
        var stored = await system.Documents.GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = templateName });
        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);

        await browser.RunAsync("mall", async () =>
        {
            var person = await browser.SignInAsync(officer, WebPeople.Password);
            await person.GotoAsync($"/forbund/{federationId}/dokument/2022");
            await person.ClickAsync("Redigera mallen");
            await person.HeadingAsync("Mallen för verksamhetsplanen");
            var firstHeading = person.Page.GetByLabel("Rubrik", new() { Exact = true }).First;
            await person.SeesAsync("Visar det som är sparat.");

            await firstHeading.FillAsync("Förord {{ yaer }}");
            await person.SeesAsync("Okänd platshållare: yaer.");
            await firstHeading.FillAsync("Förord för {{ year }}");
            await person.Page.FrameLocator("iframe.preview").GetByText("Förord för 2022").First.WaitForAsync();
            Assert.Equal(stored, await system.Documents.GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = templateName }));
            await person.LookAtAsync("mall");

            await person.ClickAsync("Spara mallen");
            await person.SeesAsync("Mallen är sparad.");
            var saved = await system.Documents.GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = templateName });
            Assert.Equal("Förord för {{ year }}", saved.Parts[0].Heading);
            // Everything else the form holds is stored as it was.
            saved.Parts[0].Heading = stored.Parts[0].Heading;
            (saved.Etag, saved.UpdateTime) = (stored.Etag, stored.UpdateTime);
            Assert.Equal(stored, saved);
        });
    }
}
