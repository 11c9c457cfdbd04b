using System.Globalization;
using Finsam.Funding.Data;
using Finsam.Funding.Validation;
using Google.Protobuf.WellKnownTypes;
using Contract = Finsam.Contracts.Funding.V1;
using Domain = Finsam.Funding.Domain;

namespace Finsam.Funding.Grpc;

// Between the contract's messages and what the service stores and computes.
public static class ContractMapping
{
    public static string Etag(uint version) => version.ToString(CultureInfo.InvariantCulture);

    public static Contract.Federation ToContract(this FederationEntity entity)
    {
        var federation = new Contract.Federation
        {
            Name = FundingNames.Federation.Format(entity.Id),
            DisplayName = entity.DisplayName,
            OrganisationNumber = entity.OrganisationNumber ?? "",
            MunicipalShareBasis = entity.MunicipalShareBasis.ToContract(),
            RegionalShareBasis = entity.RegionalShareBasis.ToContract(),
            Etag = Etag(entity.Version),
            CreateTime = Timestamp.FromDateTimeOffset(entity.CreateTime),
            UpdateTime = Timestamp.FromDateTimeOffset(entity.UpdateTime),
        };
        federation.Members.AddRange(entity.Members.Select(ToContract));
        return federation;
    }

    // Fills a federation from the contract's: what create and update store.
    public static void CopyTo(this Contract.Federation federation, FederationEntity entity)
    {
        entity.DisplayName = federation.DisplayName.Trim();
        entity.OrganisationNumber = Domain.OrganisationNumber.Normalized(federation.OrganisationNumber);
        entity.MunicipalShareBasis = federation.MunicipalShareBasis.ToDomain();
        entity.RegionalShareBasis = federation.RegionalShareBasis.ToDomain();
        entity.Members = federation.Members.Select(m => m.ToDomain()).ToList();
    }

    public static Contract.Member ToContract(this Domain.FederationMember member) => new()
    {
        MemberId = member.MemberId,
        Kind = member.Kind.ToContract(),
        DisplayName = member.DisplayName,
        Population = member.Population,
        AgreedShareBasisPoints = member.AgreedShareBasisPoints,
    };

    public static Domain.FederationMember ToDomain(this Contract.Member member) => new(
        member.MemberId,
        member.Kind.ToDomain(),
        member.DisplayName.Trim(),
        member.Population,
        member.AgreedShareBasisPoints);

    // The allocation as stored; Described adds what matching and announcements say.
    public static Contract.Allocation ToContract(this AllocationEntity entity) => new()
    {
        Name = FundingNames.Allocation.Format(entity.FederationId, entity.Year),
        Year = entity.Year,
        StateAmountOre = entity.StateAmountOre,
        Status = entity.Status.ToContract(),
        DeclinedStateAmountOre = entity.DeclinedOre,
        Etag = Etag(entity.Version),
        CreateTime = Timestamp.FromDateTimeOffset(entity.CreateTime),
        UpdateTime = Timestamp.FromDateTimeOffset(entity.UpdateTime),
    };

    // The allocation with what its announcements and the members' commitments make of it.
    public static Contract.Allocation Described(this FundedAllocation funded, FederationEntity federation)
    {
        var allocation = funded.Allocation.ToContract();
        allocation.LatestAnnouncement = funded.AnnouncementName();
        var outcome = funded.Outcome(federation);
        if (outcome.Matching is { } matching)
        {
            allocation.MatchedStateAmountOre = matching.StateOre;
            allocation.Final = outcome.IsFinal;
        }
        return allocation;
    }

    // The announcement the figures follow, or "" before any.
    public static string AnnouncementName(this FundedAllocation funded) =>
        funded.LatestAnnouncement is { } sequence ? FundingNames.Announcement.Format(funded.Allocation.FederationId, funded.Allocation.Year, sequence) : "";

    public static Contract.Contributions ToContract(this Domain.ContributionBreakdown breakdown, FundedAllocation funded, Domain.AllocationOutcome outcome)
    {
        var allocation = funded.Allocation;
        var contributions = new Contract.Contributions
        {
            Name = FundingNames.Contributions.Format(allocation.FederationId, allocation.Year),
            Year = allocation.Year,
            Allocation = FundingNames.Allocation.Format(allocation.FederationId, allocation.Year),
            AllocationStatus = allocation.Status.ToContract(),
            TotalOre = breakdown.TotalOre,
            StateOre = breakdown.StateOre,
            RegionsOre = breakdown.RegionsOre,
            MunicipalitiesOre = breakdown.MunicipalitiesOre,
            Announcement = funded.AnnouncementName(),
            Final = outcome.IsFinal,
        };
        contributions.Members.AddRange(breakdown.Members.Select(line => new Contract.MemberContribution
        {
            MemberId = line.Member.MemberId,
            Kind = line.Member.Kind.ToContract(),
            DisplayName = line.Member.DisplayName,
            AmountOre = line.AmountOre,
            RegionalPartOre = line.RegionalPartOre,
            MunicipalPartOre = line.MunicipalPartOre,
        }));
        return contributions;
    }

    public static Contract.Announcement ToContract(this AnnouncementEntity entity) => new()
    {
        Name = FundingNames.Announcement.Format(entity.FederationId, entity.Year, entity.Sequence),
        Kind = entity.Kind switch
        {
            Domain.AnnouncementKind.Decision => Contract.AnnouncementKind.Decision,
            Domain.AnnouncementKind.Revision => Contract.AnnouncementKind.Revision,
            _ => Contract.AnnouncementKind.Preliminary,
        },
        StateAmountOre = entity.StateAmountOre,
        AnnouncedOn = Dates.Format(entity.AnnouncedOn),
        Source = entity.Source,
        CreateTime = Timestamp.FromDateTimeOffset(entity.CreateTime),
    };

    // Callers validate the kind first.
    public static Domain.AnnouncementKind ToDomain(this Contract.AnnouncementKind kind) => kind switch
    {
        Contract.AnnouncementKind.Decision => Domain.AnnouncementKind.Decision,
        Contract.AnnouncementKind.Revision => Domain.AnnouncementKind.Revision,
        _ => Domain.AnnouncementKind.Preliminary,
    };

    public static Contract.Commitment ToContract(this CommitmentEntity entity) => new()
    {
        Name = FundingNames.Commitment.Format(entity.FederationId, entity.Year, entity.MemberId),
        CommittedOre = entity.CommittedOre,
        UpdateTime = Timestamp.FromDateTimeOffset(entity.UpdateTime),
    };

    public static Contract.OtherIncome ToContract(this OtherIncomeEntity entity) => new()
    {
        Name = FundingNames.OtherIncome.Format(entity.FederationId, entity.Id),
        Year = entity.Year,
        Kind = entity.Kind switch
        {
            Domain.OtherIncomeKind.Interest => Contract.OtherIncomeKind.Interest,
            Domain.OtherIncomeKind.ProjectGrant => Contract.OtherIncomeKind.ProjectGrant,
            _ => Contract.OtherIncomeKind.Other,
        },
        AmountOre = entity.AmountOre,
        Note = entity.Note,
        CreateTime = Timestamp.FromDateTimeOffset(entity.CreateTime),
    };

    // Callers validate the kind first.
    public static Domain.OtherIncomeKind ToDomain(this Contract.OtherIncomeKind kind) => kind switch
    {
        Contract.OtherIncomeKind.Interest => Domain.OtherIncomeKind.Interest,
        Contract.OtherIncomeKind.ProjectGrant => Domain.OtherIncomeKind.ProjectGrant,
        _ => Domain.OtherIncomeKind.Other,
    };

    public static Contract.InstalmentPlan ToContract(this InstalmentPlanEntity entity) => new()
    {
        Name = FundingNames.InstalmentPlan.Format(entity.FederationId, entity.Year),
        Frequency = (Contract.InstalmentFrequency)(int)entity.Frequency,
    };

    // The contract's frequencies are the domain's instalments a year; callers validate first.
    public static Domain.InstalmentFrequency ToDomain(this Contract.InstalmentFrequency frequency) => (Domain.InstalmentFrequency)(int)frequency;

    public static Contract.Invoice ToContract(this InvoiceEntity entity)
    {
        var paid = entity.Payments.Sum(p => p.AmountOre);
        return new Contract.Invoice
        {
            Name = FundingNames.Invoice.Format(entity.FederationId, entity.Id),
            MemberId = entity.MemberId,
            Year = entity.Year,
            Instalment = entity.Instalment,
            DueOn = Dates.Format(entity.DueOn),
            AmountOre = entity.AmountOre,
            PaidOre = paid,
            OutstandingOre = entity.AmountOre - paid,
        };
    }

    public static Contract.Payment ToContract(this PaymentEntity entity) => new()
    {
        Name = FundingNames.Payment.Format(entity.FederationId, entity.InvoiceId, entity.Id),
        AmountOre = entity.AmountOre,
        PaidOn = Dates.Format(entity.PaidOn),
        Reference = entity.Reference,
    };

    public static Contract.Outstanding ToContract(this IReadOnlyList<Domain.MemberBalance> balances, string name)
    {
        var outstanding = new Contract.Outstanding { Name = name };
        outstanding.Members.AddRange(balances.Select(balance => new Contract.MemberOutstanding
        {
            MemberId = balance.Member.MemberId,
            DisplayName = balance.Member.DisplayName,
            InvoicedOre = balance.InvoicedOre,
            PaidOre = balance.PaidOre,
            OutstandingOre = balance.OutstandingOre,
        }));
        outstanding.InvoicedOre = balances.Sum(m => m.InvoicedOre);
        outstanding.PaidOre = balances.Sum(m => m.PaidOre);
        outstanding.OutstandingOre = balances.Sum(m => m.OutstandingOre);
        return outstanding;
    }

    public static Contract.MemberKind ToContract(this Domain.MemberKind kind) => kind switch
    {
        Domain.MemberKind.Forsakringskassan => Contract.MemberKind.Forsakringskassan,
        Domain.MemberKind.Arbetsformedlingen => Contract.MemberKind.Arbetsformedlingen,
        Domain.MemberKind.Region => Contract.MemberKind.Region,
        Domain.MemberKind.Municipality => Contract.MemberKind.Municipality,
        Domain.MemberKind.RegionAndMunicipality => Contract.MemberKind.RegionAndMunicipality,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    // Callers validate the kind first (FederationValidator).
    public static Domain.MemberKind ToDomain(this Contract.MemberKind kind) => kind switch
    {
        Contract.MemberKind.Forsakringskassan => Domain.MemberKind.Forsakringskassan,
        Contract.MemberKind.Arbetsformedlingen => Domain.MemberKind.Arbetsformedlingen,
        Contract.MemberKind.Region => Domain.MemberKind.Region,
        Contract.MemberKind.Municipality => Domain.MemberKind.Municipality,
        Contract.MemberKind.RegionAndMunicipality => Domain.MemberKind.RegionAndMunicipality,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static Contract.ShareBasis ToContract(this Domain.ShareBasis basis) => basis switch
    {
        Domain.ShareBasis.AgreedShares => Contract.ShareBasis.AgreedShares,
        _ => Contract.ShareBasis.Population,
    };

    public static Domain.ShareBasis ToDomain(this Contract.ShareBasis basis) => basis switch
    {
        Contract.ShareBasis.AgreedShares => Domain.ShareBasis.AgreedShares,
        _ => Domain.ShareBasis.Population,
    };

    public static Contract.AllocationStatus ToContract(this Domain.AllocationStatus status) => status switch
    {
        Domain.AllocationStatus.Decided => Contract.AllocationStatus.Decided,
        _ => Contract.AllocationStatus.Preliminary,
    };

    public static Domain.AllocationStatus ToDomain(this Contract.AllocationStatus status) => status switch
    {
        Contract.AllocationStatus.Decided => Domain.AllocationStatus.Decided,
        _ => Domain.AllocationStatus.Preliminary,
    };
}
