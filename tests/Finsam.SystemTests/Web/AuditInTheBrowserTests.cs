using System.Globalization;
using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Finsam.SystemTests.Web;

// The history of a federation in the browser: an auditor sees who changed what, when, and each
// changed field before and after, for the whole federation or one resource, as the services'
// audit trails hold it; an officer without audit access is told so and offered no way in.
[Collection(WebSystemCollection.Name)]
public sealed class AuditInTheBrowserTests(WebSystem system)
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    [Fact]
    public async Task An_auditor_sees_who_changed_what_and_the_fields_before_and_after()
    {
        var federationId = Federations.NewId("webb");
        var name = $"federations/{federationId}";
        var sundsvall = Federations.Sundsvall();
        sundsvall.Members[3].Population = 98_000;
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = federationId, Federation = sundsvall });
        var federation = await system.Funding.GetFederationAsync(new GetFederationRequest { Name = name });
        federation.Members[3].Population = 99_500;
        await system.Funding.UpdateFederationAsync(new UpdateFederationRequest { Federation = federation, UpdateMask = new FieldMask { Paths = { "members" } } });
        var effort = await system.Grants.CreateEffortAsync(new CreateEffortRequest
        {
            Parent = name,
            EffortId = "jobbsparet",
            Effort = new Effort
            {
                DisplayName = "Jobbspåret",
                Kind = EffortKind.Individual,
                StartOn = "2027-01-01",
                CostLines = { new CostLine { Year = 2027, AmountOre = 12_500_000, Description = "Jobbspåret" } },
            },
        });
        await system.Grants.CreateEffortAsync(new CreateEffortRequest { Parent = name, EffortId = "stodet", Effort = new Effort { DisplayName = "Stödet", Kind = EffortKind.Structural, StartOn = "2027-01-01" } });
        var renamed = effort.Clone();
        renamed.DisplayName = "Jobbspåret, halvtid";
        await system.Grants.UpdateEffortAsync(new UpdateEffortRequest { Effort = renamed, UpdateMask = new FieldMask { Paths = { "display_name" } } });
        var auditor = await WebPeople.NewAsync(system, "revisor", Role.Auditor, federationId);
        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);

        await browser.RunAsync("historik", async () =>
        {
            var person = await browser.SignInAsync(auditor, WebPeople.Password);
            await person.ClickAsync(sundsvall.DisplayName);
            await person.HeadingAsync(sundsvall.DisplayName);
            await person.ClickAsync("Historik");
            await person.HeadingAsync("Historik");

            // The whole federation: both services' trails as one, oldest first.
            var everything = await TrailAsync(new ListAuditRecordsRequest { Parent = name });
            Assert.Equal(5, everything.Count);
            await Expect(Entries(person)).ToHaveCountAsync(everything.Count);
            await AssertShowsAsync(person, everything);
            await person.LookAtAsync("historik");

            // One effort: its records only, the rename with its name before and after.
            await person.Page.GetByLabel("Resurs", new() { Exact = true }).FillAsync(effort.Name);
            await person.ClickAsync("Visa historiken");
            var ofTheEffort = await TrailAsync(new ListAuditRecordsRequest { Parent = name, Resource = effort.Name });
            Assert.Equal(["CreateEffort", "UpdateEffort"], ofTheEffort.Select(record => record.Action));
            await Expect(Entries(person)).ToHaveCountAsync(ofTheEffort.Count);
            await AssertShowsAsync(person, ofTheEffort);
            Assert.Equal(("Jobbspåret", "Jobbspåret, halvtid"), await ChangeAsync(Entries(person).Nth(1), "displayName"));
            Assert.Equal(("–", "125 000 kr"), await ChangeAsync(Entries(person).Nth(0), "costLines[0].amountOre"));
            Assert.Contains($"resurs={effort.Name}", person.Page.Url, StringComparison.Ordinal);
            await person.LookAtAsync("historik-insats");

            // From the members: the federation's own records, the members' change among them.
            await person.ClickAsync("Medlemmar");
            await person.HeadingAsync(sundsvall.DisplayName);
            await person.ClickAsync("Historik för förbundet och medlemmarna");
            await person.HeadingAsync("Historik");
            var ofTheFederation = (await system.Funding.ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = name, Resource = name })).Records
                .Where(record => record.Resource == name).ToList();
            Assert.Equal(["CreateFederation", "UpdateFederation"], ofTheFederation.Select(record => record.Action));
            await Expect(Entries(person)).ToHaveCountAsync(ofTheFederation.Count);
            await AssertShowsAsync(person, ofTheFederation);
            Assert.Equal(("98000", "99500"), await ChangeAsync(Entries(person).Nth(1), "members[3].population"));
            await person.LookAtAsync("historik-medlemmar");
        });
    }

    [Fact]
    public async Task An_officer_without_audit_access_is_offered_no_history_and_told_why()
    {
        var federationId = Federations.NewId("webb");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = federationId, Federation = Federations.Sundsvall() });
        var officer = await WebPeople.NewAsync(system, "officer", Role.Editor, federationId);
        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);

        await browser.RunAsync("ingen-historik", async () =>
        {
            var person = await browser.SignInAsync(officer, WebPeople.Password);
            await person.GotoAsync($"/forbund/{federationId}");
            await person.Page.GetByRole(AriaRole.Button, new() { Name = "Spara medlemmarna" }).WaitForAsync();
            Assert.Equal(0, await person.Page.GetByRole(AriaRole.Link, new() { Name = "Historik" }).CountAsync());

            await person.GotoAsync($"/forbund/{federationId}/historik");
            await person.HeadingAsync("Historik");
            await person.SeesAsync("Du har inte behörighet att se förbundets historik.");
            Assert.Equal(0, await Entries(person).CountAsync());
            Assert.Equal(0, await person.Page.GetByRole(AriaRole.Button, new() { Name = "Visa historiken" }).CountAsync());
            await person.LookAtAsync("ingen-historik");
        });
    }

    // The page's records, one row each (each change's fields are a table of their own inside it).
    private static ILocator Entries(PersonInBrowser person) => person.Page.Locator("tr.entry");

    // Every service's records as the API lists them, merged by time as the page shows them.
    private async Task<List<AuditRecord>> TrailAsync(ListAuditRecordsRequest request) =>
    [
        .. (await system.Funding.ListAuditRecordsAsync(request)).Records
            .Concat((await system.Grants.ListAuditRecordsAsync(request)).Records)
            .Concat((await system.Budget.ListAuditRecordsAsync(request)).Records)
            .Concat((await system.Documents.ListAuditRecordsAsync(request)).Records)
            .OrderBy(record => record.Time.ToDateTimeOffset()),
    ];

    // Each row: when (Swedish time), who, and the resource, as the services stored them.
    private static async Task AssertShowsAsync(PersonInBrowser person, IReadOnlyList<AuditRecord> records)
    {
        for (var i = 0; i < records.Count; i++)
        {
            var row = Entries(person).Nth(i);
            var record = records[i];
            var when = TimeZoneInfo.ConvertTime(record.Time.ToDateTimeOffset(), Stockholm).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            Assert.Equal(when, await row.Locator("th.when").InnerTextAsync());
            var cells = row.Locator(":scope > td");
            Assert.Equal(record.Actor, await cells.Nth(0).InnerTextAsync());
            Assert.Equal(record.Resource, await cells.Nth(3).InnerTextAsync());
        }
        // What was done, in Swedish.
        Assert.Contains("Skapade", await Entries(person).Nth(0).Locator(":scope > td").Nth(1).InnerTextAsync());
    }

    // A changed field's values before and after, as the row shows them.
    private static async Task<(string Before, string After)> ChangeAsync(ILocator entry, string field)
    {
        var change = entry.Locator("table.changes tr").Filter(new() { Has = entry.Page.GetByRole(AriaRole.Rowheader, new() { Name = field, Exact = true }) });
        var values = change.Locator("td");
        return (Plain(await values.Nth(0).InnerTextAsync()), Plain(await values.Nth(1).InnerTextAsync()));
    }

    private static string Plain(string text) => text.Replace('\u00A0', ' ').Trim();
}
