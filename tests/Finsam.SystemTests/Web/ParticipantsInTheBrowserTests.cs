using System.Text;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Grants;
using Finsam.SystemTests.Infrastructure;
using Microsoft.Playwright;

namespace Finsam.SystemTests.Web;

// An officer reads the year's participants in from the spreadsheet the federation keeps: a
// table with a mistake is refused naming its row and changes nothing; the right one is summed
// per kind of effort and effort, and the regional body sees every federation's.
[Collection(WebSystemCollection.Name)]
public sealed class ParticipantsInTheBrowserTests(WebSystem system)
{
    [Fact]
    public async Task An_officer_imports_the_participants_table_and_the_region_sees_them()
    {
        var federationId = Federations.NewId("deltagare");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = federationId, Federation = Federations.Sundsvall() });
        foreach (var (id, name, kind) in new[] { ("psykolog", "Psykolog", EffortKind.Individual), ("katalogen", "Insatskatalogen", EffortKind.Structural) })
        {
            await system.Grants.CreateEffortAsync(new CreateEffortRequest { Parent = $"federations/{federationId}", EffortId = id, Effort = new Effort { DisplayName = name, Kind = kind } });
        }
        var officer = await WebPeople.NewAsync(system, "deltagare", Role.Editor, federationId);
        const string table = "Insats;Startade;Pågående;Avslutade;Kvinnor;Män;Arbete;Studier\r\npsykolog;22;9;13;12;10;6;3\r\nkatalogen;5;5;0;3;2;;\r\n";

        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);
        await browser.RunAsync("deltagare", async () =>
        {
            var person = await browser.SignInAsync(officer, WebPeople.Password);
            await person.GotoAsync($"/forbund/{federationId}/deltagare/2022");
            await person.HeadingAsync("Deltagare 2022");
            await person.SeesAsync("Inga deltagare är angivna för 2022.");

            await UploadAsync(person, table.Replace("katalogen;5;5;0;3;2", "katalogen;5;5;0;3;två", StringComparison.Ordinal));
            await person.SeesAsync("Tabellen är inte inläst och ingenting är ändrat:");
            await person.SeesAsync("Rad 3: ”två” under män är inget antal personer");
            Assert.Equal(0, (await system.Grants.SummarizeParticipantsAsync(new SummarizeParticipantsRequest { Parent = $"federations/{federationId}", Year = 2022 })).Total.Started);

            await UploadAsync(person, table);
            await person.SeesAsync("Tabellen är inläst.");
            await person.SeesAsync("27 startade under 2022");
            await person.SeesAsync("69,2 %");
            var summary = person.Page.GetByRole(AriaRole.Table, new() { Name = "Deltagare 2022 per slag av insats och insats", Exact = true });
            Assert.Equal(["Startade under året", "27", "22", "5", "5", "22"], Cells(await summary.GetByRole(AriaRole.Row, new() { Name = "Startade under året" }).InnerTextAsync()));
            await person.LookAtAsync("deltagare-inlasta");
        });

        var admin = await WebPeople.NewAsync(system, "regionen", Role.RegionalAdministrator, "");
        await browser.RunAsync("deltagare-regionen", async () =>
        {
            var person = await browser.SignInAsync(admin, WebPeople.Password);
            await person.GotoAsync("/region/deltagare?ar=2022");
            await person.HeadingAsync("Deltagare i regionen");
            var region = person.Page.GetByRole(AriaRole.Table, new() { Name = "Deltagare 2022 i regionen och per förbund", Exact = true });
            await region.WaitForAsync();
            Assert.Contains("Samordningsförbundet", await region.InnerTextAsync(), StringComparison.Ordinal);
            await person.LookAtAsync("deltagare-regionen");
        });
    }

    private static async Task UploadAsync(PersonInBrowser person, string table) =>
        await person.Page.GetByLabel("Tabell med deltagare (CSV)").SetInputFilesAsync(new FilePayload
        {
            Name = "deltagare-2022.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(table),
        });

    private static string[] Cells(string row) => row.Split(['\t', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
