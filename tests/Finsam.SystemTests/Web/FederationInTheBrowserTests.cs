using System.Globalization;
using Finsam.Contracts.Funding.V1;
using Finsam.Contracts.Identity.V1;
using Finsam.SystemTests.Infrastructure;
using Microsoft.Playwright;

namespace Finsam.SystemTests.Web;

// A federation set up and filled in entirely in the browser, by the people who would: a
// regional administrator creates it and gives an officer a role; the officer signs in and
// enters members, the state's allocation and an effort. What the pages show is what the
// services hold; every page is checked with axe and kept as a screenshot.
[Collection(WebSystemCollection.Name)]
public sealed class FederationInTheBrowserTests(WebSystem system)
{
    private const string Password = WebPeople.Password;
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    [Fact]
    public async Task A_regional_administrator_sets_up_a_federation_and_its_officer_fills_it_in_in_the_browser()
    {
        var administrator = await WebPeople.NewAsync(system, "admin", Role.RegionalAdministrator, federationId: "");
        var federationId = Federations.NewId("webb");
        var officer = Federations.NewId("officer");
        const string federationName = "Samordningsförbundet Webbdalen";

        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);

        await browser.RunAsync("federation", async () =>
        {
            // The regional administrator creates the federation and gives the officer a role.
            var regional = await browser.SignInAsync(administrator, Password);
            await regional.LookAtAsync("start");
            await regional.ClickAsync("Nytt förbund");
            await regional.HeadingAsync("Nytt samordningsförbund");
            await regional.Page.GetByLabel("Förbundets namn").FillAsync(federationName);
            await regional.Page.GetByLabel("Kortnamn i adresser").FillAsync(federationId);
            await regional.LookAtAsync("nytt-forbund");
            await regional.ClickAsync("Skapa förbundet");
            await regional.HeadingAsync(federationName);
            Assert.Equal(federationName, (await system.Funding.GetFederationAsync(new GetFederationRequest { Name = $"federations/{federationId}" })).DisplayName);

            await regional.ClickAsync("Behörigheter");
            await regional.HeadingAsync("Behörigheter");
            await regional.Page.GetByLabel("Användarnamn").FillAsync(officer);
            await regional.Page.GetByLabel("Namn (för en ny person)").FillAsync("Olle Officer");
            await regional.Page.GetByLabel("Första lösenord", new() { Exact = false }).FillAsync(Password);
            await regional.Page.GetByLabel("Roll").SelectOptionAsync(new SelectOptionValue { Label = "Redigerare" });
            await regional.ClickAsync("Ge rollen");
            await regional.Page.GetByRole(AriaRole.Rowheader, new() { Name = $"people/{officer}" }).WaitForAsync();
            await regional.LookAtAsync("behorigheter");
            var grants = await system.Access.ListRoleGrantsAsync(new ListRoleGrantsRequest { Principal = $"people/{officer}" });
            Assert.Equal([(Role.Editor, $"federations/{federationId}")], grants.Grants.Select(grant => (grant.Role, grant.Federation)));

            await regional.ClickAsync("Logga ut");
            await regional.HeadingAsync("Logga ut");
            await regional.ClickAsync("Logga ut");
            await regional.HeadingAsync("Du är utloggad");
            await regional.LookAtAsync("utloggad");

            // The officer enters the members.
            var editor = await browser.SignInAsync(officer, Password);
            await editor.ClickAsync(federationName);
            await editor.HeadingAsync(federationName);
            (string Name, string Id, string Kind, long Population)[] members =
            [
                ("Försäkringskassan", "fk", "Försäkringskassan", 0),
                ("Arbetsförmedlingen", "af", "Arbetsförmedlingen", 0),
                ("Region Webbland", "region-webbland", "Region", 120_000),
                ("Webbdalens kommun", "webbdalen", "Kommun", 40_000),
            ];
            for (var i = 0; i < members.Length; i++)
            {
                await editor.ClickAsync("Lägg till medlem");
                await editor.Page.GetByLabel("Namn", new() { Exact = true }).Nth(i).FillAsync(members[i].Name);
                await editor.Page.GetByLabel("Kortnamn", new() { Exact = true }).Nth(i).FillAsync(members[i].Id);
                await editor.Page.GetByLabel("Slag", new() { Exact = true }).Nth(i).SelectOptionAsync(new SelectOptionValue { Label = members[i].Kind });
                await editor.Page.GetByLabel("Folkmängd", new() { Exact = true }).Nth(i).FillAsync(members[i].Population.ToString(CultureInfo.InvariantCulture));
            }
            await editor.ClickAsync("Spara medlemmarna");
            await editor.SeesAsync("Medlemmarna är sparade.");
            await editor.LookAtAsync("medlemmar");
            var federation = await system.Funding.GetFederationAsync(new GetFederationRequest { Name = $"federations/{federationId}" });
            Assert.Equal(members.Select(member => (member.Id, member.Name, member.Population)),
                federation.Members.Select(member => (member.MemberId, member.DisplayName, member.Population)));

            // The state's allocation, in kronor as Försäkringskassan announces it; the members'
            // contributions as funding splits them.
            await editor.ClickAsync("Medelstilldelning och bidrag");
            await editor.HeadingAsync("Medelstilldelning och medlemsbidrag");
            await editor.Page.GetByLabel("År", new() { Exact = true }).FillAsync("2027");
            await editor.Page.GetByLabel("Statens del enligt Försäkringskassan").FillAsync("2 000 000");
            await editor.ClickAsync("Spara tilldelningen");
            await editor.ClickAsync("Bidrag 2027");
            await editor.HeadingAsync("Medlemsbidrag 2027");
            var contributions = await system.Funding.GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{federationId}/contributions/2027" });
            Assert.Equal(400_000_000, contributions.TotalOre);
            foreach (var member in contributions.Members)
            {
                var row = editor.Page.GetByRole(AriaRole.Row).Filter(new() { Has = editor.Page.GetByRole(AriaRole.Rowheader, new() { Name = member.DisplayName, Exact = true }) });
                Assert.Contains(Kronor(member.AmountOre), await row.InnerTextAsync());
            }
            Assert.Contains(Kronor(contributions.TotalOre), await editor.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Summa medlemsbidrag" }).InnerTextAsync());
            await editor.LookAtAsync("bidrag");
        });
    }

    // As the federations write amounts: whole kronor, thousands apart.
    private static string Kronor(long ore) => $"{(ore / 100).ToString("N0", Swedish)} kr";
}
