using Finsam.Funding.Data;
using Google.Protobuf.WellKnownTypes;
using Contract = Finsam.Contracts.Funding.V1;
using Domain = Finsam.Funding.Domain;

namespace Finsam.Funding.Grpc;

// Between the contract's messages and what the service stores.
public static class ContractMapping
{
    public static string Etag(uint version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Contract.Federation ToContract(this FederationEntity entity)
    {
        var federation = new Contract.Federation
        {
            Name = ResourceNames.Federation(entity.Id),
            DisplayName = entity.DisplayName,
            MunicipalShareBasis = entity.MunicipalShareBasis.ToContract(),
            RegionalShareBasis = entity.RegionalShareBasis.ToContract(),
            Etag = Etag(entity.Version),
            CreateTime = Timestamp.FromDateTimeOffset(entity.CreateTime),
            UpdateTime = Timestamp.FromDateTimeOffset(entity.UpdateTime),
        };
        federation.Members.AddRange(entity.Members.Select(ToContract));
        return federation;
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

    // The allocation as stored; AllocationViews adds what matching and announcements say.
    public static Contract.Allocation ToContract(this AllocationEntity entity) => new()
    {
        Name = ResourceNames.Allocation(entity.FederationId, entity.Year),
        Year = entity.Year,
        StateAmountOre = entity.StateAmountOre,
        Status = entity.Status.ToContract(),
        DeclinedStateAmountOre = entity.DeclinedOre,
        Etag = Etag(entity.Version),
        CreateTime = Timestamp.FromDateTimeOffset(entity.CreateTime),
        UpdateTime = Timestamp.FromDateTimeOffset(entity.UpdateTime),
    };

    public static Contract.Announcement ToContract(this AnnouncementEntity entity) => new()
    {
        Name = ResourceNames.Announcement(entity.FederationId, entity.Year, entity.Sequence),
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

    public static Contract.OtherIncome ToContract(this OtherIncomeEntity entity) => new()
    {
        Name = ResourceNames.OtherIncome(entity.FederationId, entity.Id),
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

    public static Contract.Invoice ToContract(this InvoiceEntity entity)
    {
        var paid = entity.Payments.Sum(p => p.AmountOre);
        return new Contract.Invoice
        {
            Name = ResourceNames.Invoice(entity.FederationId, entity.Id),
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
        Name = ResourceNames.Payment(entity.FederationId, entity.InvoiceId, entity.Id),
        AmountOre = entity.AmountOre,
        PaidOn = Dates.Format(entity.PaidOn),
        Reference = entity.Reference,
    };

    public static Contract.MemberKind ToContract(this Domain.MemberKind kind) => kind switch
    {
        Domain.MemberKind.Forsakringskassan => Contract.MemberKind.Forsakringskassan,
        Domain.MemberKind.Arbetsformedlingen => Contract.MemberKind.Arbetsformedlingen,
        Domain.MemberKind.Region => Contract.MemberKind.Region,
        Domain.MemberKind.Municipality => Contract.MemberKind.Municipality,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    // Callers validate the kind first (FederationValidator).
    public static Domain.MemberKind ToDomain(this Contract.MemberKind kind) => kind switch
    {
        Contract.MemberKind.Forsakringskassan => Domain.MemberKind.Forsakringskassan,
        Contract.MemberKind.Arbetsformedlingen => Domain.MemberKind.Arbetsformedlingen,
        Contract.MemberKind.Region => Domain.MemberKind.Region,
        Contract.MemberKind.Municipality => Domain.MemberKind.Municipality,
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
