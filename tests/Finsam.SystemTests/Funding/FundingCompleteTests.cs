using Finsam.Contracts.Funding.V1;
using Finsam.SystemTests.Infrastructure;
using Grpc.Core;

namespace Finsam.SystemTests.Funding;

// Member funding as an officer works with it over a year: the allocation announced,
// revised and decided; members matching it; other income; invoices and payments.
[Collection(SystemCollection.Name)]
public sealed class FundingCompleteTests(FinsamSystem system)
{
    private readonly FundingService.FundingServiceClient _funding = system.Funding;

    [Fact]
    public async Task An_allocation_announced_revised_and_decided_with_contributions_following_each_step()
    {
        var id = await CreateSundsvallAsync();
        var allocation = $"federations/{id}/allocations/2022";
        await _funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = $"federations/{id}",
            Allocation = new Allocation { Year = 2022, StateAmountOre = 350_000_000, Status = AllocationStatus.Preliminary },
        });
        await AssertContributions(id, state: 350_000_000, announcement: $"{allocation}/announcements/1", AllocationStatus.Preliminary);

        await _funding.AnnounceAllocationAsync(new AnnounceAllocationRequest
        {
            Allocation = allocation,
            Announcement = new Announcement { Kind = AnnouncementKind.Revision, StateAmountOre = 360_000_000, AnnouncedOn = "2021-10-15", Source = "Statusrapport hösten 2021" },
        });
        await AssertContributions(id, state: 360_000_000, announcement: $"{allocation}/announcements/2", AllocationStatus.Preliminary);

        var decided = await _funding.AnnounceAllocationAsync(new AnnounceAllocationRequest
        {
            Allocation = allocation,
            Announcement = new Announcement { Kind = AnnouncementKind.Decision, StateAmountOre = Federations.Sundsvall2022StateOre, AnnouncedOn = "2021-12-20", Source = "Försäkringskassans beslut" },
            RequestId = $"{id}-decision",
        });
        Assert.Equal(AllocationStatus.Decided, decided.Status);
        await AssertContributions(id, state: Federations.Sundsvall2022StateOre, announcement: $"{allocation}/announcements/3", AllocationStatus.Decided);

        // The same announcement sent again is not a fourth one.
        await _funding.AnnounceAllocationAsync(new AnnounceAllocationRequest
        {
            Allocation = allocation,
            Announcement = new Announcement { Kind = AnnouncementKind.Decision, StateAmountOre = Federations.Sundsvall2022StateOre, AnnouncedOn = "2021-12-20", Source = "Försäkringskassans beslut" },
            RequestId = $"{id}-decision",
        });
        var history = await _funding.ListAnnouncementsAsync(new ListAnnouncementsRequest { Parent = allocation });
        Assert.Equal(
            [
                (AnnouncementKind.Preliminary, 350_000_000L, ""),
                (AnnouncementKind.Revision, 360_000_000L, "Statusrapport hösten 2021"),
                (AnnouncementKind.Decision, 368_900_000L, "Försäkringskassans beslut"),
            ],
            history.Announcements.Select(a => (a.Kind, a.StateAmountOre, a.Source)));
        Assert.Equal("2021-12-20", history.Announcements[2].AnnouncedOn);

        // After the decision, neither a status report nor a step back to preliminary; nothing changes.
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => _funding.AnnounceAllocationAsync(new AnnounceAllocationRequest
        {
            Allocation = allocation,
            Announcement = new Announcement { Kind = AnnouncementKind.Preliminary, StateAmountOre = 1, AnnouncedOn = "2022-01-10" },
        }).ResponseAsync);
        var read = await _funding.GetAllocationAsync(new GetAllocationRequest { Name = allocation });
        read.Status = AllocationStatus.Preliminary;
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => _funding.UpdateAllocationAsync(new UpdateAllocationRequest
        {
            Allocation = read,
            UpdateMask = new() { Paths = { "status" } },
        }).ResponseAsync);
        Assert.Equal(history, await _funding.ListAnnouncementsAsync(new ListAnnouncementsRequest { Parent = allocation }));
        await AssertContributions(id, state: Federations.Sundsvall2022StateOre, announcement: $"{allocation}/announcements/3", AllocationStatus.Decided);
    }

    [Fact]
    public async Task A_municipality_that_matches_less_than_its_quarter_reduces_the_states_part_until_the_federation_declines_the_rest()
    {
        var id = await CreateSundsvallAsync();
        var allocationName = $"federations/{id}/allocations/2022";
        await _funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = $"federations/{id}",
            Allocation = new Allocation { Year = 2022, StateAmountOre = Federations.Sundsvall2022StateOre, Status = AllocationStatus.Decided },
        });
        await Commit(id, "region-vasternorrland", 184_450_000);
        await Commit(id, "sundsvalls-kommun", 180_000_000);

        // The municipality's 180 000 000 caps its quarter; the odd öre goes to the region.
        var allocation = await _funding.GetAllocationAsync(new GetAllocationRequest { Name = allocationName });
        Assert.Equal(360_000_001, allocation.MatchedStateAmountOre);
        Assert.False(allocation.Final);
        var contributions = await _funding.GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{id}/contributions/2022" });
        Assert.Equal(
            [("forsakringskassan", 360_000_001L), ("region-vasternorrland", 180_000_001L), ("sundsvalls-kommun", 180_000_000L)],
            contributions.Members.Select(m => (m.MemberId, m.AmountOre)));
        Assert.False(contributions.Final);

        allocation.DeclinedStateAmountOre = 8_900_000;
        var declined = await _funding.UpdateAllocationAsync(new UpdateAllocationRequest
        {
            Allocation = allocation,
            UpdateMask = new() { Paths = { "declined_state_amount_ore" } },
        });
        Assert.Equal(360_000_000, declined.MatchedStateAmountOre);
        Assert.True(declined.Final);

        var fields = await RpcAssert.IsInvalid(() => _funding.SetCommitmentAsync(new SetCommitmentRequest
        {
            Commitment = new Commitment { Name = $"{allocationName}/commitments/forsakringskassan", CommittedOre = 1 },
        }).ResponseAsync);
        Assert.Equal(["commitment.name"], fields);
    }

    [Fact]
    public async Task Other_income_is_kept_per_year_with_its_note()
    {
        var id = await CreateSundsvallAsync();
        await _funding.CreateOtherIncomeAsync(new CreateOtherIncomeRequest
        {
            Parent = $"federations/{id}",
            OtherIncome = new OtherIncome { Year = 2022, Kind = OtherIncomeKind.Interest, AmountOre = 12_345, Note = "Ränta på bankkontot" },
        });
        await _funding.CreateOtherIncomeAsync(new CreateOtherIncomeRequest
        {
            Parent = $"federations/{id}",
            OtherIncome = new OtherIncome { Year = 2023, Kind = OtherIncomeKind.ProjectGrant, AmountOre = 5_000_000, Note = "Projektbidrag" },
        });

        var income2022 = await _funding.ListOtherIncomeAsync(new ListOtherIncomeRequest { Parent = $"federations/{id}", Year = 2022 });

        Assert.Equal(12_345, income2022.TotalOre);
        Assert.Equal([("Ränta på bankkontot", OtherIncomeKind.Interest)], income2022.OtherIncome.Select(o => (o.Note, o.Kind)));
        var fields = await RpcAssert.IsInvalid(() => _funding.CreateOtherIncomeAsync(new CreateOtherIncomeRequest
        {
            Parent = $"federations/{id}",
            OtherIncome = new OtherIncome { Year = 2022, Kind = OtherIncomeKind.Unspecified, AmountOre = -1 },
        }).ResponseAsync);
        Assert.Equal(["other_income.kind", "other_income.amount_ore"], fields);
    }

    [Fact]
    public async Task An_instalment_plan_invoices_and_payments_give_what_is_outstanding_with_a_duplicate_counted_once()
    {
        var id = await CreateSundsvallAsync();
        await _funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = $"federations/{id}",
            Allocation = new Allocation { Year = 2022, StateAmountOre = Federations.Sundsvall2022StateOre, Status = AllocationStatus.Decided },
        });
        await _funding.SetInstalmentPlanAsync(new SetInstalmentPlanRequest
        {
            InstalmentPlan = new InstalmentPlan { Name = $"federations/{id}/instalmentPlans/2022", Frequency = InstalmentFrequency.Quarterly },
        });

        var raised = await _funding.RaiseInvoicesAsync(new RaiseInvoicesRequest { InstalmentPlan = $"federations/{id}/instalmentPlans/2022" });
        var again = await _funding.RaiseInvoicesAsync(new RaiseInvoicesRequest { InstalmentPlan = $"federations/{id}/instalmentPlans/2022" });

        Assert.Equal(12, raised.Invoices.Count);
        Assert.Equal(raised.Invoices, again.Invoices);
        var kommun = raised.Invoices.Where(i => i.MemberId == "sundsvalls-kommun").ToList();
        Assert.Equal([46_112_500L, 46_112_500L, 46_112_500L, 46_112_500L], kommun.Select(i => i.AmountOre));
        Assert.Equal(["2022-01-31", "2022-04-30", "2022-07-31", "2022-10-31"], kommun.Select(i => i.DueOn));

        var payment = new RecordPaymentRequest
        {
            Invoice = kommun[0].Name,
            Payment = new Payment { AmountOre = 46_112_500, PaidOn = "2022-01-28", Reference = "BG 123-4567" },
            RequestId = $"{id}-payment-1",
        };
        var first = await _funding.RecordPaymentAsync(payment);
        var duplicate = await _funding.RecordPaymentAsync(payment);
        Assert.Equal(first, duplicate);
        await _funding.RecordPaymentAsync(new RecordPaymentRequest
        {
            Invoice = raised.Invoices.First(i => i.MemberId == "region-vasternorrland").Name,
            Payment = new Payment { AmountOre = 10_000_000, PaidOn = "2022-02-03" },
            RequestId = $"{id}-payment-2",
        });

        var outstanding = await _funding.GetOutstandingAsync(new GetOutstandingRequest { Name = $"federations/{id}/outstanding/2022" });
        Assert.Equal(
            [
                ("forsakringskassan", 368_900_000L, 0L, 368_900_000L),
                ("region-vasternorrland", 184_450_000L, 10_000_000L, 174_450_000L),
                ("sundsvalls-kommun", 184_450_000L, 46_112_500L, 138_337_500L),
            ],
            outstanding.Members.Select(m => (m.MemberId, m.InvoicedOre, m.PaidOre, m.OutstandingOre)));
        Assert.Equal(737_800_000 - 56_112_500, outstanding.OutstandingOre);

        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => _funding.RecordPaymentAsync(new RecordPaymentRequest
        {
            Invoice = kommun[0].Name,
            Payment = new Payment { AmountOre = 1, PaidOn = "2022-03-01" },
            RequestId = $"{id}-overpaid",
        }).ResponseAsync);
        var fields = await RpcAssert.IsInvalid(() => _funding.RecordPaymentAsync(new RecordPaymentRequest
        {
            Invoice = kommun[1].Name,
            Payment = new Payment { AmountOre = 0, PaidOn = "2022-02-30" },
        }).ResponseAsync);
        Assert.Equal(["payment.amount_ore", "payment.paid_on", "request_id"], fields);
        Assert.Equal(outstanding, await _funding.GetOutstandingAsync(new GetOutstandingRequest { Name = $"federations/{id}/outstanding/2022" }));
    }

    [Fact]
    public async Task The_state_model_over_eighty_federations_adds_up_to_the_ore_with_and_without_the_brake()
    {
        var random = new Random(2016);
        var request = new DistributeStateAllocationRequest { NationalTotalOre = 38_000_000_037 };
        for (var i = 0; i < 80; i++)
        {
            request.Federations.Add(new FederationMeasures
            {
                Federation = $"federations/f{i:00}",
                Population1664 = random.Next(5_000, 400_000),
                SupportMeasure = random.Next(500, 60_000),
                LastYearOre = random.NextInt64(100_000_000, 900_000_000),
            });
        }

        var unbraked = await _funding.DistributeStateAllocationAsync(request);
        request.MaxFallBasisPoints = 500;
        var braked = await _funding.DistributeStateAllocationAsync(request);

        Assert.Equal(request.NationalTotalOre, unbraked.Shares.Sum(s => s.AmountOre));
        Assert.Equal(request.NationalTotalOre, braked.Shares.Sum(s => s.AmountOre));
        Assert.Contains(unbraked.Shares, s => s.ChangeFromLastYearOre * 10_000 < -500 * (s.AmountOre - s.ChangeFromLastYearOre));
        Assert.All(braked.Shares, s => Assert.True(s.ChangeFromLastYearOre * 10_000 >= -500 * (s.AmountOre - s.ChangeFromLastYearOre),
            $"{s.Federation} fell {s.ChangeFromLastYearOre} öre"));
        Assert.All(unbraked.Shares, s => Assert.True(s.AmountOre >= 40_000_000));

        var fields = await RpcAssert.IsInvalid(() => _funding.DistributeStateAllocationAsync(new DistributeStateAllocationRequest
        {
            NationalTotalOre = -5,
            Federations = { new FederationMeasures { Federation = "a", Population1664 = -1, SupportMeasure = 1 } },
        }).ResponseAsync);
        Assert.Equal(["national_total_ore", "federations[0].population_16_64"], fields);
    }

    [Fact]
    public async Task Racing_retries_of_a_create_with_one_request_id_all_get_the_original()
    {
        const int racers = 8;
        var id = await CreateSundsvallAsync();
        var parent = $"federations/{id}";
        var allocation = $"{parent}/allocations/2022";
        await _funding.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = parent,
            Allocation = new Allocation { Year = 2022, StateAmountOre = 350_000_000, Status = AllocationStatus.Preliminary },
        });
        await _funding.SetInstalmentPlanAsync(new SetInstalmentPlanRequest
        {
            InstalmentPlan = new InstalmentPlan { Name = $"{parent}/instalmentPlans/2022", Frequency = InstalmentFrequency.Yearly },
        });
        var invoice = (await _funding.RaiseInvoicesAsync(new RaiseInvoicesRequest { InstalmentPlan = $"{parent}/instalmentPlans/2022" })).Invoices[0];

        var income = new CreateOtherIncomeRequest
        {
            Parent = parent,
            OtherIncome = new OtherIncome { Year = 2022, Kind = OtherIncomeKind.Interest, AmountOre = 100 },
            RequestId = $"{id}-income",
        };
        var decision = new AnnounceAllocationRequest
        {
            Allocation = allocation,
            Announcement = new Announcement { Kind = AnnouncementKind.Decision, StateAmountOre = Federations.Sundsvall2022StateOre, AnnouncedOn = "2021-12-20" },
            RequestId = $"{id}-decision",
        };
        var payment = new RecordPaymentRequest
        {
            Invoice = invoice.Name,
            Payment = new Payment { AmountOre = invoice.AmountOre, PaidOn = "2022-01-28" },
            RequestId = $"{id}-payment",
        };

        var incomes = await Task.WhenAll(Enumerable.Range(0, racers).Select(_ => _funding.CreateOtherIncomeAsync(income).ResponseAsync));
        var decided = await Task.WhenAll(Enumerable.Range(0, racers).Select(_ => _funding.AnnounceAllocationAsync(decision).ResponseAsync));
        var payments = await Task.WhenAll(Enumerable.Range(0, racers).Select(_ => _funding.RecordPaymentAsync(payment).ResponseAsync));

        Assert.Single(incomes.Distinct());
        Assert.Single((await _funding.ListOtherIncomeAsync(new ListOtherIncomeRequest { Parent = parent })).OtherIncome);
        Assert.Single(decided.Distinct());
        Assert.Equal(AllocationStatus.Decided, decided[0].Status);
        Assert.Equal(2, (await _funding.ListAnnouncementsAsync(new ListAnnouncementsRequest { Parent = allocation })).Announcements.Count);
        Assert.Single(payments.Distinct());
        var outstanding = await _funding.GetOutstandingAsync(new GetOutstandingRequest { Name = $"{parent}/outstanding/2022" });
        Assert.Equal(invoice.AmountOre, outstanding.PaidOre);
    }

    private async Task AssertContributions(string id, long state, string announcement, AllocationStatus status)
    {
        var contributions = await _funding.GetContributionsAsync(new GetContributionsRequest { Name = $"federations/{id}/contributions/2022" });
        Assert.Equal(state, contributions.StateOre);
        Assert.Equal(2 * state, contributions.TotalOre);
        Assert.Equal(announcement, contributions.Announcement);
        Assert.Equal(status, contributions.AllocationStatus);
    }

    private Task Commit(string id, string member, long ore) => _funding.SetCommitmentAsync(new SetCommitmentRequest
    {
        Commitment = new Commitment { Name = $"federations/{id}/allocations/2022/commitments/{member}", CommittedOre = ore },
    }).ResponseAsync;

    private async Task<string> CreateSundsvallAsync()
    {
        var id = Federations.NewId("sundsvall");
        await _funding.CreateFederationAsync(new CreateFederationRequest { FederationId = id, Federation = Federations.Sundsvall() });
        return id;
    }
}
