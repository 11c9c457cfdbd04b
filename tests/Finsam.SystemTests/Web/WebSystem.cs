using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Finsam.SystemTests.Infrastructure;

namespace Finsam.SystemTests.Web;

// The whole system with the officers' web app, for the tests that sign people in as they do:
// a system of its own, since the main collection's deliberate bad sign-ins would lock its
// browser's address out. Identity also accepts a second web client address of the tests' own,
// for the tests that play the browser and the app by hand (CodeFlowThroughGatewayTests).
public sealed class WebSystem : FinsamSystem
{
    public const string ClientId = "finsam-web";
    public const string RedirectUri = "https://webb.finsam.test/signin-oidc";
    public const string PostLogoutRedirectUri = "https://webb.finsam.test/signout-callback-oidc";

    // With the dashboard, as when a person starts the system: the services export their
    // telemetry to it and stop promptly when told to (the outage test stops one).
    protected override bool WithDashboard => true;

    public Uri WebApp => App.GetEndpoint("web", "http");

    protected override void Configure(IDistributedApplicationTestingBuilder builder)
    {
        base.Configure(builder);
        builder.CreateResourceBuilder<ProjectResource>("identity")
            .WithEnvironment("Identity__WebClient__RedirectUris__1", RedirectUri)
            .WithEnvironment("Identity__WebClient__PostLogoutRedirectUris__1", PostLogoutRedirectUri);
    }
}

[CollectionDefinition(Name)]
public sealed class WebSystemCollection : ICollectionFixture<WebSystem>
{
    public const string Name = "The running system with the web app";
}
