using Finsam.Contracts.Funding.V1;
using Finsam.Web.Components.Shared;
using Finsam.Web.Formatting;
using Finsam.Web.Gateway;
using Grpc.Core;

namespace Finsam.Web.Tests.Components;

public sealed class FundingTextsTests
{
    [Theory]
    [InlineData("2026-11-26", "26 november 2026")]
    [InlineData("2027-03-31", "31 mars 2027")]
    [InlineData("snart", "snart")]
    public void A_date_from_the_service_reads_as_the_plans_print_it(string sent, string shown) =>
        Assert.Equal(shown, SwedishDates.Long(sent));

    [Fact]
    public void A_date_goes_to_the_service_as_it_takes_them() =>
        Assert.Equal("2027-01-05", FundingTexts.IsoDate(new DateOnly(2027, 1, 5)));

    [Theory]
    [InlineData(new int[0], InstalmentFrequency.Unspecified)]
    [InlineData(new[] { 1, 1 }, InstalmentFrequency.Yearly)]
    [InlineData(new[] { 1, 2, 1, 2 }, InstalmentFrequency.HalfYearly)]
    [InlineData(new[] { 1, 2, 3, 4 }, InstalmentFrequency.Quarterly)]
    public void The_plan_is_read_from_the_instalments_raised(int[] instalments, InstalmentFrequency plan) =>
        Assert.Equal(plan, FundingTexts.FrequencyOf(instalments.Select(instalment => new Invoice { Instalment = instalment })));

    [Theory]
    [InlineData(MemberKind.Region, true)]
    [InlineData(MemberKind.Municipality, true)]
    [InlineData(MemberKind.RegionAndMunicipality, true)]
    [InlineData(MemberKind.Forsakringskassan, false)]
    [InlineData(MemberKind.Arbetsformedlingen, false)]
    public void Only_regions_and_municipalities_commit_to_match_the_state(MemberKind kind, bool commits) =>
        Assert.Equal(commits, FundingTexts.Commits(kind));

    [Fact]
    public void A_member_is_named_by_the_last_part_of_its_commitment() =>
        Assert.Equal("sundsvalls-kommun", FundingTexts.IdOf("federations/sundsvall/allocations/2027/commitments/sundsvalls-kommun"));

    [Fact]
    public void A_refused_rule_is_explained_in_Swedish_and_other_problems_stay_as_they_are()
    {
        var refused = Problem(StatusCode.FailedPrecondition);
        var unavailable = Problem(StatusCode.Unavailable);

        Assert.Equal(FundingTexts.PaymentAboveOutstanding, FundingTexts.Refusal(refused, FundingTexts.PaymentAboveOutstanding).Explanation);
        Assert.Same(unavailable, FundingTexts.Refusal(unavailable, FundingTexts.PaymentAboveOutstanding));
    }

    [Fact]
    public void An_allocation_is_final_only_when_decided_and_matched()
    {
        Assert.Equal("Preliminär", FundingTexts.Status(new Allocation { Status = AllocationStatus.Preliminary }));
        Assert.Equal("Beslutad", FundingTexts.Status(new Allocation { Status = AllocationStatus.Decided }));
        Assert.Equal("Beslutad och matchad", FundingTexts.Status(new Allocation { Status = AllocationStatus.Decided, Final = true }));
    }

    private static CallProblem Problem(StatusCode status) => CallProblem.From(new RpcException(new Status(status, "The service's own words.")));
}
