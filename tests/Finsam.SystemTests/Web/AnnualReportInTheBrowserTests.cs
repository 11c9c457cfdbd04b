using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Budget;
using Finsam.SystemTests.Documents;
using Microsoft.Playwright;

namespace Finsam.SystemTests.Web;

// An officer writes Norrvik's annual report for its closed 2026 on the standard template: the
// standard sections are there to fill in, the preview shows the year's figures as typed, who signs
// is saved with the text, the published version is on the public pages beside the plan, and the
// standard template becomes the federation's own once saved.
[Collection(WebSystemCollection.Name)]
public sealed class AnnualReportInTheBrowserTests(WebSystem system)
{
    [Fact]
    public async Task An_officer_writes_the_text_and_who_signs_previews_the_figures_and_publishes_for_the_public()
    {
        var federationId = await NorrvikBudget.SetUpAsync(system);
        var parent = $"federations/{federationId}";
        await NorrvikYear.BookAsync(system, parent);
        await NorrvikYear.EnterParticipantsAsync(system, parent);
        var officer = await WebPeople.NewAsync(system, "arsredovisare", Role.Editor, federationId);

        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);
        await browser.RunAsync("arsredovisning", async () =>
        {
            var person = await browser.SignInAsync(officer, WebPeople.Password);
            await person.GotoAsync($"/forbund/{federationId}/arsredovisning/2026");
            await person.HeadingAsync("Årsredovisning 2026");

            await person.Page.GetByLabel("Förvaltningsberättelse").FillAsync("Årets resultat blev {{ actuals.result.kr }} och {{ participants.started }} personer påbörjade en insats.");
            // The preview follows the typing, with the closed year's figures.
            var preview = person.Page.FrameLocator("iframe.preview");
            await preview.GetByText("Årets resultat blev 10 220 kr och 58 personer påbörjade en insats.").WaitForAsync();
            await preview.GetByRole(AriaRole.Heading, new() { Name = "Resultaträkning", Exact = true }).WaitForAsync();

            await person.Page.GetByLabel("Ort och datum").FillAsync("Norrvik den 12 mars 2027");
            await person.ClickAsync("Lägg till en som skriver under");
            await person.Page.GetByLabel("Namn 1").FillAsync("Karin Lind");
            await person.Page.GetByLabel("Roll 1").FillAsync("Ordförande");
            await preview.GetByText("Karin Lind").WaitForAsync();
            await person.ClickAsync("Spara texten");
            await person.SeesAsync("Texten är sparad.");
            await person.LookAtAsync("arsredovisning-text");

            await person.ClickAsync("Publicera en ny version");
            var versions = person.Page.GetByRole(AriaRole.Table, new() { Name = "Publicerade versioner av årsredovisningen", Exact = true });
            await versions.WaitForAsync();
            Assert.Contains("PDF", await versions.InnerTextAsync(), StringComparison.Ordinal);

            // The standard template is there to start the federation's own from.
            await person.ClickAsync("Redigera mallen");
            await person.HeadingAsync("Mallen för årsredovisningen");
            await person.SeesAsync("här är standardmallen att utgå från");
            await person.ClickAsync("Spara mallen");
            await person.SeesAsync("Mallen är sparad.");
            await person.LookAtAsync("arsredovisning-mall");
        });
        var own = await system.Documents.GetDocumentTemplateAsync(new GetDocumentTemplateRequest { Name = $"{parent}/annualReportTemplate" });
        Assert.NotEqual("", own.Etag);

        var text = await system.Documents.GetPlanTextAsync(new GetPlanTextRequest { Name = $"{parent}/annualReportTexts/2026" });
        Assert.Equal([("Karin Lind", "Ordförande")], text.Signatories.Select(s => (s.Name, s.Role)));
        Assert.Equal("Norrvik den 12 mars 2027", text.SigningPlaceAndDate);

        await browser.RunAsync("arsredovisning-publik", async () =>
        {
            var visitor = await browser.VisitAsync("arsredovisningslasare", 390, 800);
            await visitor.GotoAsync($"/planer/{federationId}");
            await visitor.Page.GetByRole(AriaRole.Heading, new() { Name = "Årsredovisning 2026", Level = 2, Exact = true }).WaitForAsync();
            await visitor.ClickAsync("Version 1");
            await visitor.HeadingAsync("Årsredovisning 2026");
            await visitor.Page.FrameLocator("iframe.published-plan").GetByText("Årets resultat blev 10 220 kr").First.WaitForAsync();
            await visitor.LookAtAsync("arsredovisning-publicerad");
        });
    }
}
