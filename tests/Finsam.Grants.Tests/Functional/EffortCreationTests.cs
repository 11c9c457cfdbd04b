using Finsam.Contracts.Common.V1;
using Finsam.Contracts.Grants.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Grants.Tests.Functional;

public sealed class EffortCreationTests(GrantsHost host) : IClassFixture<GrantsHost>
{
    [Fact]
    public async Task A_created_effort_reads_back_as_a_draft_with_every_field_and_an_etag()
    {
        var federation = host.NewFederation();
        var effort = new Effort
        {
            DisplayName = "Arbetskonsulenter",
            Description = "Stöd till arbete för personer långt från arbetsmarknaden.",
            Kind = EffortKind.Individual,
            CostGroup = "Arbetsmarknadstorget",
            Owner = "Sundsvalls kommun",
            TargetGroup = "Unga vuxna",
            Municipality = "Sundsvall",
            StartOn = "2022-01-01",
            EndOn = "2023-12-31",
            Public = true,
            CostLines =
            {
                new CostLine { Year = 2022, Description = "3 st. Arbetskonsulenter", AmountOre = 189_400_000 },
                new CostLine { Year = 2023, Description = "3 st. Arbetskonsulenter", AmountOre = 195_000_000 },
            },
        };

        var created = await host.Grants(Caller.EditorOf(federation)).CreateAsync(federation, "arbetskonsulenter", effort);
        var read = await host.Grants(Caller.ReaderOf(federation)).GetAsync($"federations/{federation}/efforts/arbetskonsulenter");

        Assert.Equal(created, read);
        Assert.Equal($"federations/{federation}/efforts/arbetskonsulenter", read.Name);
        Assert.Equal(EffortStatus.Draft, read.Status);
        Assert.NotEmpty(read.Etag);
        Assert.NotNull(read.CreateTime);
        var expected = effort.Clone();
        expected.Name = read.Name;
        expected.Status = EffortStatus.Draft;
        expected.Etag = read.Etag;
        expected.CreateTime = read.CreateTime;
        expected.UpdateTime = read.UpdateTime;
        Assert.Equal(expected, read);
    }

    [Fact]
    public async Task A_create_retried_with_its_request_id_returns_the_original_and_stores_one_effort()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var request = new CreateEffortRequest
        {
            Parent = Efforts.Parent(federation),
            EffortId = "psykolog",
            Effort = Efforts.Draft("Psykolog"),
            RequestId = Guid.NewGuid().ToString(),
        };

        var first = await grants.CreateEffortAsync(request);
        var retried = await grants.CreateEffortAsync(request);

        Assert.Equal(first, retried);
        Assert.Equal([first], await grants.ListAllAsync(federation));
        var trail = await host.Grants(Caller.AuditorOf(federation)).ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = Efforts.Parent(federation) });
        Assert.Single(trail.Records);
    }

    [Fact]
    public async Task A_second_create_of_the_same_effort_id_without_the_request_id_already_exists()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var first = await grants.CreateAsync(federation, "psykolog", Efforts.Draft("Psykolog"));

        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => grants.CreateAsync(federation, "psykolog", Efforts.Draft("Annan psykolog")));

        Assert.Equal([first], await grants.ListAllAsync(federation));
    }

    [Fact]
    public async Task Bad_input_names_every_field_with_its_reason_and_stores_nothing()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));

        var violations = await RpcAssert.IsInvalidWithReasons(() => grants.CreateEffortAsync(new CreateEffortRequest
        {
            Parent = Efforts.Parent(federation),
            EffortId = "Fel Id",
            Effort = new Effort
            {
                Kind = EffortKind.Unspecified,
                StartOn = "2022-05-01",
                EndOn = "2021-01-01",
                CostLines = { new CostLine { Year = 1999, Description = "", AmountOre = -5 } },
            },
        }).ResponseAsync);

        Assert.Equal(
            [
                ("effort_id", "INVALID_FORMAT"),
                ("effort.display_name", "REQUIRED"),
                ("effort.kind", "REQUIRED"),
                ("effort.end_on", "INVALID_VALUE"),
                ("effort.cost_lines[0].year", "OUT_OF_RANGE"),
                ("effort.cost_lines[0].description", "REQUIRED"),
                ("effort.cost_lines[0].amount_ore", "OUT_OF_RANGE"),
            ],
            violations);
        Assert.Empty(await grants.ListAllAsync(federation));
        var trail = await host.Grants().ListAuditRecordsAsync(new ListAuditRecordsRequest { Parent = Efforts.Parent(federation) });
        Assert.Empty(trail.Records);
    }

    [Fact]
    public async Task Dates_texts_and_amounts_out_of_bounds_are_refused_each_with_its_reason()
    {
        var federation = host.NewFederation();
        var grants = host.Grants(Caller.EditorOf(federation));
        var effort = Efforts.Draft("Psykolog");
        effort.DisplayName = new string('x', 201);
        effort.StartOn = "2022-13-01";
        effort.CostLines[0].AmountOre = 10_000_000_000_001;

        var violations = await RpcAssert.IsInvalidWithReasons(() => grants.CreateAsync(federation, "for-lang", effort));

        Assert.Equal(
            [("effort.display_name", "TOO_LONG"), ("effort.start_on", "INVALID_FORMAT"), ("effort.cost_lines[0].amount_ore", "OUT_OF_RANGE")],
            violations);
        Assert.Empty(await grants.ListAllAsync(federation));
    }

    [Fact]
    public async Task An_effort_of_a_federation_that_funding_does_not_know_is_not_found()
    {
        var grants = host.Grants();

        var failure = await RpcAssert.FailsWith(StatusCode.NotFound, () => grants.CreateAsync("finns-inte", "psykolog"));

        Assert.Contains("federations/finns-inte", failure.Status.Detail);
        Assert.Empty(await grants.ListAllAsync("finns-inte"));
    }

    [Fact]
    public async Task While_funding_is_down_an_effort_cannot_be_created_and_the_caller_is_told_so()
    {
        var federation = host.NewFederation();
        host.Funding.Down = true;
        try
        {
            var failure = await RpcAssert.FailsWith(StatusCode.Unavailable, () => host.Grants().CreateAsync(federation, "psykolog"));
            Assert.Equal("funding is unavailable; try again shortly.", failure.Status.Detail);
        }
        finally
        {
            host.Funding.Down = false;
        }
        Assert.Empty(await host.Grants().ListAllAsync(federation));
    }
}
