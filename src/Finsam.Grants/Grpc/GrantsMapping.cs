using System.Globalization;
using Finsam.Grants.Data;
using Google.Protobuf.WellKnownTypes;
using Contract = Finsam.Contracts.Grants.V1;
using Domain = Finsam.Grants.Domain;

namespace Finsam.Grants.Grpc;

public static class GrantsMapping
{
    public static string EffortName(string federationId, string effortId) => $"federations/{federationId}/efforts/{effortId}";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static Contract.Effort ToContract(this EffortEntity entity)
    {
        var effort = new Contract.Effort
        {
            Name = EffortName(entity.FederationId, entity.Id),
            DisplayName = entity.DisplayName,
            Description = entity.Description,
            Kind = entity.Kind.ToContract(),
            CostGroup = entity.CostGroup,
            Owner = entity.Owner,
            TargetGroup = entity.TargetGroup,
            Municipality = entity.Municipality,
            StartOn = Date(entity.StartOn),
            EndOn = Date(entity.EndOn),
            Status = entity.Status.ToContract(),
            Public = entity.Public,
            Etag = entity.Version.ToString(CultureInfo.InvariantCulture),
            CreateTime = Timestamp.FromDateTimeOffset(entity.CreateTime),
            UpdateTime = Timestamp.FromDateTimeOffset(entity.UpdateTime),
        };
        effort.CostLines.AddRange(entity.CostLines.Select(l => new Contract.CostLine { Year = l.Year, Description = l.Description, AmountOre = l.AmountOre }));
        return effort;
    }

    public static Contract.EffortKind ToContract(this Domain.EffortKind kind) =>
        kind == Domain.EffortKind.Individual ? Contract.EffortKind.Individual : Contract.EffortKind.Structural;

    public static Domain.EffortKind ToDomain(this Contract.EffortKind kind) =>
        kind == Contract.EffortKind.Individual ? Domain.EffortKind.Individual : Domain.EffortKind.Structural;

    public static Contract.EffortStatus ToContract(this Domain.EffortStatus status) => status switch
    {
        Domain.EffortStatus.Draft => Contract.EffortStatus.Draft,
        Domain.EffortStatus.Applied => Contract.EffortStatus.Applied,
        Domain.EffortStatus.Granted => Contract.EffortStatus.Granted,
        Domain.EffortStatus.Running => Contract.EffortStatus.Running,
        Domain.EffortStatus.Ended => Contract.EffortStatus.Ended,
        Domain.EffortStatus.Rejected => Contract.EffortStatus.Rejected,
        _ => Contract.EffortStatus.Withdrawn,
    };

    public static Domain.EffortStatus? ToDomain(this Contract.EffortStatus status) => status switch
    {
        Contract.EffortStatus.Draft => Domain.EffortStatus.Draft,
        Contract.EffortStatus.Applied => Domain.EffortStatus.Applied,
        Contract.EffortStatus.Granted => Domain.EffortStatus.Granted,
        Contract.EffortStatus.Running => Domain.EffortStatus.Running,
        Contract.EffortStatus.Ended => Domain.EffortStatus.Ended,
        Contract.EffortStatus.Rejected => Domain.EffortStatus.Rejected,
        Contract.EffortStatus.Withdrawn => Domain.EffortStatus.Withdrawn,
        _ => null,
    };

    public static Contract.Decision ToContract(this DecisionEntity entity)
    {
        var decision = new Contract.Decision
        {
            Name = $"federations/{entity.FederationId}/decisions/{entity.Id}",
            DecidedOn = Date(entity.DecidedOn),
            ReferenceNumber = entity.ReferenceNumber,
            Effort = EffortName(entity.FederationId, entity.EffortId),
            CreateTime = Timestamp.FromDateTimeOffset(entity.CreateTime),
        };
        decision.GrantedYears.AddRange(entity.GrantedYears);
        return decision;
    }

    public static Contract.Reservation ToContract(this ReservationEntity entity) => new()
    {
        Name = $"federations/{entity.FederationId}/reservations/{entity.Year}",
        AmountOre = entity.AmountOre,
        Label = entity.Label,
    };

    public static Contract.FollowUp ToContract(this FollowUpEntity entity)
    {
        var followUp = new Contract.FollowUp
        {
            Name = $"{EffortName(entity.FederationId, entity.EffortId)}/followUps/{entity.Year}",
            PlannedParticipants = entity.PlannedParticipants,
            ActualParticipants = entity.ActualParticipants,
            FinishedToWork = entity.FinishedToWork,
            FinishedToStudies = entity.FinishedToStudies,
        };
        followUp.Indicators.AddRange(entity.Indicators.Select(i => new Contract.IndicatorResult { Indicator = i.Indicator, ValueHundredths = i.ValueHundredths }));
        return followUp;
    }
}
