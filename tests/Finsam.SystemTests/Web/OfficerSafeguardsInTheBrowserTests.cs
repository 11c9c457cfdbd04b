using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Infrastructure;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Playwright;

namespace Finsam.SystemTests.Web;

// What keeps an officer's work safe in the browser: another federation stays out of sight, a
// refused status move says why, an edit someone else overtook is kept and can be saved over
// theirs knowingly, and a service that is down leaves the form as it was typed.
[Collection(WebSystemCollection.Name)]
public sealed class OfficerSafeguardsInTheBrowserTests(WebSystem system)
{
    [Fact]
    public async Task An_officer_of_another_federation_can_neither_see_nor_change_it()
    {
        var (federationId, _) = await FederationWithOfficerAsync();
        var (_, stranger) = await FederationWithOfficerAsync();
        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);

        await browser.RunAsync("annat-forbund", async () =>
        {
            var person = await browser.SignInAsync(stranger, WebPeople.Password);
            // Their own federation only.
            await person.Page.GetByRole(AriaRole.Listitem).First.WaitForAsync();
            Assert.Equal(1, await person.Page.GetByRole(AriaRole.Listitem).CountAsync());

            await person.GotoAsync($"/forbund/{federationId}");
            await person.SeesAsync("Du har inte behörighet till det här.");
            Assert.Equal(0, await person.Page.GetByLabel("Namn", new() { Exact = true }).CountAsync());
            Assert.Equal(0, await person.Page.GetByRole(AriaRole.Button, new() { Name = "Spara medlemmarna" }).CountAsync());

            await person.GotoAsync($"/forbund/{federationId}/insatser");
            await person.SeesAsync("Du har inte behörighet till det här.");
            await person.LookAtAsync("annat-forbund");
        });
    }

    [Fact]
    public async Task A_refused_status_move_says_why_and_the_effort_stays_where_it_was()
    {
        var (federationId, officer) = await FederationWithOfficerAsync();
        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);

        await browser.RunAsync("insats", async () =>
        {
            var person = await browser.SignInAsync(officer, WebPeople.Password);
            await person.GotoAsync($"/forbund/{federationId}/insatser");
            await person.HeadingAsync("Insatser");
            await FillEffortAsync(person, "Jobbspåret", "jobbsparet");
            await person.ClickAsync("Skapa insatsen");
            var row = person.Page.GetByRole(AriaRole.Row).Filter(new() { Has = person.Page.GetByRole(AriaRole.Rowheader, new() { Name = "Jobbspåret" }) });
            await row.GetByText("Utkast").WaitForAsync();
            var created = await system.Grants.GetEffortAsync(new GetEffortRequest { Name = $"federations/{federationId}/efforts/jobbsparet" });
            Assert.Equal(12_500_000, created.CostLines.Single().AmountOre);

            await person.ClickAsync("Jobbspåret: Ansökt");
            await row.GetByText("Ansökt", new() { Exact = true }).WaitForAsync();

            // No board decision yet: granting is refused, with the reason.
            await person.ClickAsync("Jobbspåret: Beviljad");
            await person.Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Det går inte att göra i det läge det är nu." }).WaitForAsync();
            Assert.Contains("Skäl: Insatsen kan inte bli beviljad utan ett styrelsebeslut som beviljar den.",
                await person.Page.GetByRole(AriaRole.Alert).First.InnerTextAsync());
            Assert.Equal("Ansökt", await row.Locator("td").Nth(4).InnerTextAsync());
            Assert.Equal(EffortStatus.Applied, (await system.Grants.GetEffortAsync(new GetEffortRequest { Name = created.Name })).Status);
            await person.LookAtAsync("vagrad-flytt");
        });
    }

    [Fact]
    public async Task An_edit_someone_else_overtook_keeps_what_was_typed_and_can_be_saved_over_theirs()
    {
        var (federationId, officer) = await FederationWithOfficerAsync();
        var name = $"federations/{federationId}";
        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);

        await browser.RunAsync("inaktuell", async () =>
        {
            var person = await browser.SignInAsync(officer, WebPeople.Password);
            await person.GotoAsync($"/forbund/{federationId}");
            var population = person.Page.GetByLabel("Folkmängd", new() { Exact = true });
            await population.First.WaitForAsync();

            // Meanwhile a colleague renames the first member.
            var federation = await system.Funding.GetFederationAsync(new GetFederationRequest { Name = name });
            federation.Members[0].DisplayName = "Kollegans namn";
            await system.Funding.UpdateFederationAsync(new UpdateFederationRequest { Federation = federation, UpdateMask = new FieldMask { Paths = { "members" } } });

            var typed = await MunicipalityRowAsync(person);
            await population.Nth(typed).FillAsync("123456");
            await person.ClickAsync("Spara medlemmarna");
            await person.SeesAsync("Någon annan har ändrat detta medan du arbetade.");
            Assert.Equal("123 456", (await population.Nth(typed).InputValueAsync()).Replace('\u00A0', ' '));
            Assert.NotEqual(123_456, (await system.Funding.GetFederationAsync(new GetFederationRequest { Name = name })).Members[typed].Population);
            await person.LookAtAsync("inaktuell-andring");

            await person.ClickAsync("Spara mina ändringar över det senaste");
            await person.SeesAsync("Medlemmarna är sparade.");
            Assert.Equal(123_456, (await system.Funding.GetFederationAsync(new GetFederationRequest { Name = name })).Members[typed].Population);
        });
    }

    [Fact]
    public async Task A_stopped_service_is_told_plainly_and_the_form_keeps_what_was_typed_until_it_is_back()
    {
        var (federationId, officer) = await FederationWithOfficerAsync();
        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);

        await browser.RunAsync("tjanst-nere", async () =>
        {
            var person = await browser.SignInAsync(officer, WebPeople.Password);
            await person.GotoAsync($"/forbund/{federationId}/insatser");
            await person.HeadingAsync("Insatser");
            await FillEffortAsync(person, "Stödet", "stodet");

            await system.App.StopResourceAsync("grants");
            try
            {
                await person.ClickAsync("Skapa insatsen");
                await person.SeesAsync("En tjänst svarar inte just nu.");
                Assert.Equal("Stödet", await person.Page.GetByLabel("Insatsens namn").InputValueAsync());
                Assert.Equal("stodet", await person.Page.GetByLabel("Kortnamn i adresser").InputValueAsync());
                await person.LookAtAsync("tjanst-nere");
            }
            finally
            {
                await system.App.StartResourceAsync("grants");
                await system.App.ResourceNotifications.WaitForResourceHealthyAsync("grants").WaitAsync(FinsamSystem.StartLimit);
            }

            await person.ClickAsync("Skapa insatsen");
            await person.Page.GetByRole(AriaRole.Rowheader, new() { Name = "Stödet" }).WaitForAsync();
            Assert.Equal("Stödet", (await system.Grants.GetEffortAsync(new GetEffortRequest { Name = $"federations/{federationId}/efforts/stodet" })).DisplayName);
        });
    }

    // A federation like Sundsvall, and an officer who edits it.
    private async Task<(string FederationId, string Officer)> FederationWithOfficerAsync()
    {
        var federationId = Federations.NewId("webb");
        await system.Funding.CreateFederationAsync(new CreateFederationRequest { FederationId = federationId, Federation = Federations.Sundsvall() });
        return (federationId, await WebPeople.NewAsync(system, "officer", Role.Editor, federationId));
    }

    private static async Task FillEffortAsync(PersonInBrowser person, string displayName, string effortId)
    {
        await person.Page.GetByLabel("Insatsens namn").FillAsync(displayName);
        await person.Page.GetByLabel("Kortnamn i adresser").FillAsync(effortId);
        await person.Page.GetByLabel("Ägare (medlem)").FillAsync("Sundsvalls kommun");
        await person.Page.GetByLabel("Startdatum (ÅÅÅÅ-MM-DD)").FillAsync("2027-01-01");
        await person.Page.GetByLabel("Kostnadsår").FillAsync("2027");
        await person.Page.GetByLabel("Kostnad det året").FillAsync("125 000");
    }

    // The first member whose population counts (a municipality), by its row on the page.
    private static async Task<int> MunicipalityRowAsync(PersonInBrowser person)
    {
        var kinds = person.Page.GetByLabel("Slag", new() { Exact = true });
        for (var i = 0; i < await kinds.CountAsync(); i++)
        {
            if (await kinds.Nth(i).InputValueAsync() == nameof(MemberKind.Municipality))
            {
                return i;
            }
        }
        throw new InvalidOperationException("Sundsvall has municipalities.");
    }
}
