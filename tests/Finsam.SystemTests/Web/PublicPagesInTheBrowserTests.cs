using Finsam.Contracts.Documents.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.SystemTests.Documents;
using Finsam.SystemTests.Grants;
using Finsam.SystemTests.Infrastructure;
using Microsoft.Playwright;

namespace Finsam.SystemTests.Web;

// Citizens and partners, without signing in, on a phone: they find an effort in the catalogue
// by another form of a word, share the search as a link, open the effort's own page, and read
// a federation's published plan in the page or download it. Every page is plain HTML from the
// server (no circuit), fits 375 px, and passes axe.
[Collection(WebSystemCollection.Name)]
public sealed class PublicPagesInTheBrowserTests(WebSystem system)
{
    private const int PhoneWidth = 375;

    [Fact]
    public async Task A_visitor_finds_an_effort_by_another_word_form_shares_the_search_and_opens_the_effort()
    {
        var federationId = Federations.NewId("publik");
        await system.Funding.CreateFederationAsync(new Contracts.Funding.V1.CreateFederationRequest { FederationId = federationId, Federation = Federations.Sundsvall() });
        var name = $"Steget vidare {Guid.NewGuid().ToString("N")[..6]}";
        await GrantedEfforts.CreateAsync(system.Grants, federationId, "steget-vidare", new Effort
        {
            DisplayName = name,
            Description = "Arbetsträningen sker hos arbetsgivare i kommunen, med handledare.",
            Kind = EffortKind.Individual,
            CostGroup = "Arbetsmarknadstorget",
            Owner = "Sundsvalls kommun",
            TargetGroup = "Ungdomar 16-24 år",
            Municipality = "Sundsvall",
            StartOn = "2022-01-01",
            EndOn = "2023-12-31",
            Public = true,
            CostLines = { new Contracts.Grants.V1.CostLine { Year = 2022, Description = "Handledare", AmountOre = 50_000_000 } },
        }, running: true);
        // Three women among twelve: the public sees "< 5", and not the men's nine either.
        await system.Grants.SetFollowUpAsync(new SetFollowUpRequest
        {
            FollowUp = new FollowUp
            {
                Name = $"federations/{federationId}/efforts/steget-vidare/followUps/2022",
                Participants = new Participants { Started = 12, Ended = 6, Women = 3, Men = 9, Aged16To29 = 12, AfterWork = 6 },
            },
        });
        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);

        await browser.RunAsync("publik-katalog", async () =>
        {
            var visitor = await browser.VisitAsync("besokare", PhoneWidth, 800);
            var circuits = new List<string>();
            visitor.Page.WebSocket += (_, socket) => circuits.Add(socket.Url);

            await visitor.GotoAsync("/insatser");
            await visitor.HeadingAsync("Insatskatalogen");
            await visitor.LookAtAsync("katalogen");
            await AssertFitsAsync(visitor, "katalogen");

            // "arbetsträning" finds the effort described with "arbetsträningen".
            await visitor.Page.GetByLabel("Sökord").FillAsync("arbetsträning");
            await visitor.ClickAsync("Sök");
            await visitor.Page.WaitForURLAsync(url => url.Contains("sok=arbetstr", StringComparison.Ordinal));
            var result = visitor.Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
            await result.WaitForAsync();
            await visitor.LookAtAsync("katalogen-sokt");
            await AssertFitsAsync(visitor, "katalogen-sokt");

            // Narrowed to the federation and the kind; the address says all of it.
            await visitor.Page.GetByLabel("Samordningsförbund").SelectOptionAsync(federationId);
            await visitor.Page.GetByLabel("Typ av insats").SelectOptionAsync("individ");
            await visitor.Page.GetByLabel("Målgrupp").FillAsync("ungdom");
            await visitor.ClickAsync("Sök");
            await visitor.Page.WaitForURLAsync(url => url.Contains($"forbund={federationId}", StringComparison.Ordinal));
            await visitor.SeesAsync("1 insats matchar sökningen.");
            var shared = visitor.Page.Url;
            Assert.Contains("typ=individ", shared);
            Assert.Contains("malgrupp=ungdom", shared);

            // The shared address, opened by someone else, gives the same search and result.
            var other = await browser.VisitAsync("mottagare");
            await other.Page.GotoAsync(shared);
            await other.Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).WaitForAsync();
            Assert.Equal("arbetsträning", await other.Page.GetByLabel("Sökord").InputValueAsync());
            Assert.Equal(federationId, await other.Page.GetByLabel("Samordningsförbund").InputValueAsync());
            Assert.Equal("individ", await other.Page.GetByLabel("Typ av insats").InputValueAsync());
            await other.SeesAsync("1 insats matchar sökningen.");

            // A kind the effort is not: nothing.
            await other.Page.GetByLabel("Typ av insats").SelectOptionAsync("struktur");
            await other.ClickAsync("Sök");
            await other.SeesAsync("Inga insatser matchar sökningen.");

            // The effort's own page.
            await result.ClickAsync();
            await visitor.HeadingAsync(name);
            await visitor.SeesAsync("Arbetsträningen sker hos arbetsgivare i kommunen, med handledare.");
            await visitor.SeesAsync("Ungdomar 16-24 år");
            await visitor.SeesAsync("1 januari 2022 – 31 december 2023");
            Assert.EndsWith($"/insatser/{federationId}/steget-vidare", visitor.Page.Url);
            var participants = visitor.Page.GetByRole(AriaRole.Table, new() { Name = "Antal deltagare 2022" });
            Assert.Equal("12", await participants.GetByRole(AriaRole.Row, new() { Name = "Startade under året" }).Locator("td").InnerTextAsync());
            Assert.Equal("< 5", await participants.GetByRole(AriaRole.Row, new() { Name = "Kvinnor" }).Locator("td").InnerTextAsync());
            Assert.Equal("–", await participants.GetByRole(AriaRole.Row, new() { Name = "Män" }).Locator("td").InnerTextAsync());
            await visitor.LookAtAsync("insatsen");
            await AssertFitsAsync(visitor, "insatsen");

            // An effort that is not in the catalogue is a page that says so, with 404.
            var missing = await visitor.Page.GotoAsync(new Uri(system.WebApp, $"/insatser/{federationId}/finns-inte").ToString());
            Assert.Equal(404, missing!.Status);
            await visitor.HeadingAsync("Insatsen finns inte i katalogen");

            // Officers sign in from the public pages.
            Assert.Equal("/logga-in", await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "Logga in (för tjänstepersoner)" }).GetAttributeAsync("href"));
            // Rendered on the server: no circuit was opened for the visitor.
            Assert.Empty(circuits);
        });
    }

    [Fact]
    public async Task A_visitor_reads_a_published_plan_in_the_page_and_downloads_it_as_pdf_and_docx()
    {
        var federationId = await SundsvallDocument.SetUpAsync(system);
        await system.Documents.PublishDocumentAsync(new PublishDocumentRequest { Parent = $"federations/{federationId}/documents/2022" });
        await using var browser = await OfficerBrowser.StartAsync(system.WebApp);

        await browser.RunAsync("publik-plan", async () =>
        {
            var visitor = await browser.VisitAsync("planlasare", PhoneWidth, 800);
            var circuits = new List<string>();
            visitor.Page.WebSocket += (_, socket) => circuits.Add(socket.Url);

            await visitor.GotoAsync("/planer");
            await visitor.HeadingAsync("Verksamhetsplaner");
            await visitor.LookAtAsync("planer");
            await AssertFitsAsync(visitor, "planer");

            await visitor.GotoAsync($"/planer/{federationId}");
            await visitor.HeadingAsync("Verksamhetsplaner och årsredovisningar för Samordningsförbundet Sundsvall");
            await visitor.SeesAsync("budgeten antagen 26 november 2021 (60/21)");
            await visitor.LookAtAsync("forbundets-planer");
            await AssertFitsAsync(visitor, "forbundets-planer");

            await visitor.ClickAsync("Version 1");
            await visitor.HeadingAsync("Verksamhetsplan och budget 2022");
            // The published HTML, shown in the page.
            await visitor.Page.FrameLocator("iframe.published-plan").GetByText("Medlemssamråd").First.WaitForAsync();
            Assert.Equal("", await visitor.Page.Locator("iframe.published-plan").GetAttributeAsync("sandbox"));
            await visitor.LookAtAsync("planen");
            await AssertFitsAsync(visitor, "planen");

            // The framed file runs nothing, whatever the frame says.
            var html = await visitor.Page.APIRequest.GetAsync(new Uri(system.WebApp, $"/planer/{federationId}/2022/1/fil/html").ToString());
            Assert.Equal(200, html.Status);
            Assert.StartsWith("sandbox;", html.Headers["content-security-policy"]);
            Assert.StartsWith("inline", html.Headers["content-disposition"]);

            var pdf = await visitor.Page.RunAndWaitForDownloadAsync(() => visitor.Page.GetByText("Ladda ner som PDF").ClickAsync());
            Assert.EndsWith(".pdf", pdf.SuggestedFilename);
            Assert.Equal("%PDF-", await HeadAsync(pdf, 5));
            var docx = await visitor.Page.RunAndWaitForDownloadAsync(() => visitor.Page.GetByText("Ladda ner som Word (DOCX)").ClickAsync());
            Assert.EndsWith(".docx", docx.SuggestedFilename);
            Assert.Equal("PK", await HeadAsync(docx, 2));

            // A version that does not exist says so.
            var missing = await visitor.Page.GotoAsync(new Uri(system.WebApp, $"/planer/{federationId}/2022/9").ToString());
            Assert.Equal(404, missing!.Status);
            await visitor.SeesAsync("Den här versionen av planen finns inte.");
            Assert.Empty(circuits);
        });
    }

    // Nothing wider than the screen: a phone reads the page without scrolling sideways.
    private static async Task AssertFitsAsync(PersonInBrowser visitor, string page)
    {
        var (content, screen) = (await visitor.Page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await visitor.Page.EvaluateAsync<int>("window.innerWidth"));
        Assert.True(content <= screen, $"{page}: {content} px of content on a {screen} px screen.");
    }

    private static async Task<string> HeadAsync(IDownload download, int length)
    {
        await using var file = await download.CreateReadStreamAsync();
        var head = new byte[length];
        await file.ReadExactlyAsync(head);
        return System.Text.Encoding.ASCII.GetString(head);
    }
}
