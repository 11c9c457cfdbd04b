using Finsam.Contracts.Funding.V1;
using Finsam.FunctionalTesting.Assertions;
using Finsam.FunctionalTesting.Security;
using Grpc.Core;

namespace Finsam.Funding.Tests.Functional;

// A federation's income over the years of a budget, as the budget service asks for it in one call.
public sealed class IncomeTests(FundingHost host) : IClassFixture<FundingHost>
{
    [Fact]
    public async Task Income_over_years_is_each_years_contributions_and_other_income()
    {
        var id = await host.SundsvallAsync();
        var parent = $"federations/{id}";
        var funding = host.Funding(Caller.EditorOf(id));
        foreach (var (year, state) in new[] { (2022, Federations.Sundsvall2022StateOre), (2023, 370_000_001L), (2024, 380_000_000L) })
        {
            await host.Funding().CreateAllocationAsync(new CreateAllocationRequest
            {
                Parent = parent,
                Allocation = new Allocation { Year = year, StateAmountOre = state, Status = year == 2022 ? AllocationStatus.Decided : AllocationStatus.Preliminary },
            });
        }
        // Years that differ: one matched below its offer, one revised.
        await funding.SetCommitmentAsync(new SetCommitmentRequest
        {
            Commitment = new Commitment { Name = $"{parent}/allocations/2023/commitments/sundsvalls-kommun", CommittedOre = 180_000_000 },
        });
        await funding.AnnounceAllocationAsync(new AnnounceAllocationRequest
        {
            Allocation = $"{parent}/allocations/2024",
            Announcement = new Announcement { Kind = AnnouncementKind.Revision, StateAmountOre = 385_000_000, AnnouncedOn = "2023-10-15", Source = "Statusrapport" },
        });
        foreach (var (year, kind, ore) in new[] { (2022, OtherIncomeKind.Interest, 100L), (2022, OtherIncomeKind.ProjectGrant, 5_000_000L), (2024, OtherIncomeKind.Other, 7L), (2025, OtherIncomeKind.Interest, 9L) })
        {
            await funding.CreateOtherIncomeAsync(new CreateOtherIncomeRequest { Parent = parent, OtherIncome = new OtherIncome { Year = year, Kind = kind, AmountOre = ore } });
        }

        var income = await GetIncome(Caller.ReaderOf(id), parent, 2022, 2024);

        Assert.Equal([2022, 2023, 2024], income.Years.Select(y => y.Year));
        foreach (var year in income.Years)
        {
            Assert.Equal(await funding.GetContributionsAsync(new GetContributionsRequest { Name = $"{parent}/contributions/{year.Year}" }), year.Contributions);
            Assert.Equal((await funding.ListOtherIncomeAsync(new ListOtherIncomeRequest { Parent = parent, Year = year.Year })).OtherIncome, year.OtherIncome);
        }
        Assert.Equal([2, 0, 1], income.Years.Select(y => y.OtherIncome.Count));
        Assert.Equal(385_000_000, income.Years[2].Contributions.StateOre);
    }

    [Fact]
    public async Task A_year_without_an_allocation_is_named_and_a_reversed_or_too_long_range_is_refused()
    {
        var id = await host.SundsvallWith2022Async();
        var parent = $"federations/{id}";

        var missing = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => GetIncome(Caller.ReaderOf(id), parent, 2022, 2023));

        Assert.Contains("2023", missing.Status.Detail);
        Assert.Equal(["last_year"], await RpcAssert.IsInvalid(() => GetIncome(Caller.ReaderOf(id), parent, 2022, 2021)));
        Assert.Equal(["last_year"], await RpcAssert.IsInvalid(() => GetIncome(Caller.ReaderOf(id), parent, 2022, 2033)));
    }

    // The budget keeps an answer and asks again with its version: while nothing of the
    // federation's changed, funding says so instead of answering; any change is a new answer.
    [Fact]
    public async Task A_kept_answer_is_confirmed_until_the_federations_data_changes_and_only_then()
    {
        var id = await host.SundsvallWith2022Async();
        var other = await host.SundsvallWith2022Async();
        var parent = $"federations/{id}";
        var first = await GetIncome(Caller.ReaderOf(id), parent, 2022, 2022);

        var same = await GetIncome(Caller.ReaderOf(id), parent, 2022, 2022, first.Version);
        await host.Funding(Caller.EditorOf(other)).CreateOtherIncomeAsync(new CreateOtherIncomeRequest
        {
            Parent = $"federations/{other}",
            OtherIncome = new OtherIncome { Year = 2022, Kind = OtherIncomeKind.Interest, AmountOre = 5 },
        });
        var afterAnotherFederationChanged = await GetIncome(Caller.ReaderOf(id), parent, 2022, 2022, first.Version);
        await host.Funding(Caller.EditorOf(id)).CreateOtherIncomeAsync(new CreateOtherIncomeRequest
        {
            Parent = parent,
            OtherIncome = new OtherIncome { Year = 2022, Kind = OtherIncomeKind.Interest, AmountOre = 7 },
        });
        var changed = await GetIncome(Caller.ReaderOf(id), parent, 2022, 2022, first.Version);

        Assert.NotEmpty(first.Version);
        Assert.False(first.Unchanged);
        Assert.Equal(new Income { Version = first.Version, Unchanged = true }, same);
        Assert.Equal(same, afterAnotherFederationChanged);
        Assert.False(changed.Unchanged);
        Assert.NotEqual(first.Version, changed.Version);
        Assert.Equal(7, changed.Years.Single().OtherIncome.Single().AmountOre);
        Assert.Equal(changed.Years, (await GetIncome(Caller.ReaderOf(id), parent, 2022, 2022, "not-a-version")).Years);
    }

    // A federation without data here has no version to keep: any version asked about is
    // answered as a whole question, here NotFound.
    [Fact]
    public async Task A_version_does_not_hide_that_a_federation_does_not_exist()
    {
        foreach (var known in new[] { "", "0", "1" })
        {
            await RpcAssert.FailsWith(StatusCode.NotFound, () => GetIncome(Caller.RegionalAdministrator, "federations/aldrig", 2022, 2022, known));
        }
    }

    private Task<Income> GetIncome(Caller caller, string parent, int firstYear, int lastYear, string knownVersion) =>
        host.Funding(caller).GetIncomeAsync(new GetIncomeRequest { Parent = parent, FirstYear = firstYear, LastYear = lastYear, KnownVersion = knownVersion }).ResponseAsync;

    // The regional roll-up asks for many federations at once: each answered as GetIncome
    // answers it, a federation without income named with the reason, a kept answer confirmed.
    [Fact]
    public async Task A_batch_answers_each_federation_as_GetIncome_does_and_names_those_without_income()
    {
        var withIncome = await host.SundsvallWith2022Async();
        var withoutAllocation = await host.SundsvallAsync();
        var kept = await host.SundsvallWith2022Async();
        var keptVersion = (await GetIncome(Caller.ReaderOf(kept), $"federations/{kept}", 2022, 2022)).Version;
        string[] parents = [$"federations/{withIncome}", $"federations/{withoutAllocation}", "federations/aldrig", $"federations/{kept}"];

        var batch = await host.Funding().BatchGetIncomeAsync(new BatchGetIncomeRequest
        {
            Parents = { parents },
            FirstYear = 2022,
            LastYear = 2022,
            KnownVersions = { [$"federations/{kept}"] = keptVersion },
        });

        Assert.Equal(parents, batch.Incomes.Select(i => i.Parent));
        Assert.Equal(await GetIncome(Caller.ReaderOf(withIncome), parents[0], 2022, 2022), batch.Incomes[0].Income);
        Assert.Contains("No state allocation is recorded for 2022", batch.Incomes[1].Problem);
        Assert.Null(batch.Incomes[1].Income);
        Assert.Contains("federations/aldrig", batch.Incomes[2].Problem);
        Assert.Equal(new Income { Version = keptVersion, Unchanged = true }, batch.Incomes[3].Income);
    }

    // Read together, each federation's figures stay its own: the other income and the
    // allocation of one never show in another's answer.
    [Fact]
    public async Task A_batch_of_changed_federations_gives_each_its_own_figures()
    {
        var plain = await host.SundsvallWith2022Async();
        var withInterest = await host.SundsvallWith2022Async();
        await host.Funding(Caller.EditorOf(withInterest)).CreateOtherIncomeAsync(new CreateOtherIncomeRequest
        {
            Parent = $"federations/{withInterest}",
            OtherIncome = new OtherIncome { Year = 2022, Kind = OtherIncomeKind.Interest, AmountOre = 12_345 },
        });
        string[] parents = [$"federations/{withInterest}", $"federations/{plain}"];

        var batch = await host.Funding().BatchGetIncomeAsync(new BatchGetIncomeRequest { Parents = { parents }, FirstYear = 2022, LastYear = 2022 });

        Assert.Equal(await GetIncome(Caller.ReaderOf(withInterest), parents[0], 2022, 2022), batch.Incomes[0].Income);
        Assert.Equal(await GetIncome(Caller.ReaderOf(plain), parents[1], 2022, 2022), batch.Incomes[1].Income);
        Assert.Equal([12_345L], batch.Incomes[0].Income.Years.Single().OtherIncome.Select(o => o.AmountOre));
        Assert.Empty(batch.Incomes[1].Income.Years.Single().OtherIncome);
    }

    [Fact]
    public async Task A_batch_with_a_bad_duplicate_or_missing_federation_or_too_many_is_refused_naming_each()
    {
        var id = await host.SundsvallWith2022Async();
        Task<BatchGetIncomeResponse> Batch(params string[] parents) =>
            host.Funding().BatchGetIncomeAsync(new BatchGetIncomeRequest { Parents = { parents }, FirstYear = 2022, LastYear = 2022 }).ResponseAsync;

        Assert.Equal(["parents[1]", "parents[2]"], await RpcAssert.IsInvalid(() => Batch($"federations/{id}", "federationer/x", $"federations/{id}")));
        Assert.Equal(["parents"], await RpcAssert.IsInvalid(() => Batch()));
        Assert.Equal(["parents"], await RpcAssert.IsInvalid(() => Batch(Enumerable.Range(0, 1_001).Select(i => $"federations/f{i}").ToArray())));
    }

    private Task<Income> GetIncome(Caller caller, string parent, int firstYear, int lastYear) =>
        host.Funding(caller).GetIncomeAsync(new GetIncomeRequest { Parent = parent, FirstYear = firstYear, LastYear = lastYear }).ResponseAsync;
}
