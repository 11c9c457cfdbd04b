using System.Globalization;
using Finsam.Grants.Data;
using Finsam.Grants.Validation;
using Google.Protobuf.WellKnownTypes;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

// Between the contract and what grants stores and reasons with. The stores use it too, for
// the audit trail, which records each change as the contract shows the resource.
public static class GrantsMapping
{
    public static string Date(DateOnly? date) => date?.ToString(Dates.Format, CultureInfo.InvariantCulture) ?? "";

    public static Contract.Effort ToContract(this EffortEntity entity)
    {
        var effort = new Contract.Effort
        {
            Name = GrantsNames.Effort.Format(entity.FederationId, entity.Id),
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

    // Copies the named fields of a valid effort onto the stored one.
    public static void CopyTo(this Contract.Effort effort, EffortEntity entity, IReadOnlyCollection<string> paths)
    {
        if (paths.Contains("display_name")) entity.DisplayName = effort.DisplayName.Trim();
        if (paths.Contains("description")) entity.Description = effort.Description.Trim();
        if (paths.Contains("kind")) entity.Kind = effort.Kind.ToDomain();
        if (paths.Contains("cost_group")) entity.CostGroup = effort.CostGroup.Trim();
        if (paths.Contains("owner")) entity.Owner = effort.Owner.Trim();
        if (paths.Contains("target_group")) entity.TargetGroup = effort.TargetGroup.Trim();
        if (paths.Contains("municipality")) entity.Municipality = effort.Municipality.Trim();
        if (paths.Contains("start_on")) entity.StartOn = Dates.Parse(effort.StartOn);
        if (paths.Contains("end_on")) entity.EndOn = Dates.Parse(effort.EndOn);
        if (paths.Contains("cost_lines")) entity.CostLines = effort.CostLines.ToDomain();
        if (paths.Contains("public")) entity.Public = effort.Public;
    }

    // As stored: each description without stray spaces.
    public static List<Domain.CostLine> ToDomain(this IEnumerable<Contract.CostLine> lines) =>
        lines.Select(l => new Domain.CostLine(l.Year, l.Description.Trim(), l.AmountOre)).ToList();

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

    // Null for unspecified (or unknown): no status.
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
            Name = GrantsNames.Decision.Format(entity.FederationId, entity.Id),
            DecidedOn = Date(entity.DecidedOn),
            ReferenceNumber = entity.ReferenceNumber,
            Effort = GrantsNames.Effort.Format(entity.FederationId, entity.EffortId),
            CreateTime = Timestamp.FromDateTimeOffset(entity.CreateTime),
        };
        decision.Granted.AddRange(entity.Granted.Select(g => new Contract.GrantedYear { Year = g.Year, AmountOre = g.AmountOre }));
        return decision;
    }

    public static Domain.RecordedDecision ToDomain(this DecisionEntity entity) => new(
        GrantsNames.Decision.Format(entity.FederationId, entity.Id),
        new Domain.BoardDecision(entity.DecidedOn, entity.ReferenceNumber, entity.Granted),
        entity.CreateTime);

    public static Domain.EffortPeriod Period(this EffortEntity entity) => new(entity.StartOn, entity.EndOn);

    // The period of an effort as an update would leave it (its dates already validated).
    public static Domain.EffortPeriod Period(this Contract.Effort effort) => new(Dates.Parse(effort.StartOn), Dates.Parse(effort.EndOn));

    public static Contract.Reservation ToContract(this ReservationEntity entity) => new()
    {
        Name = GrantsNames.Reservation.Format(entity.FederationId, entity.Year),
        AmountOre = entity.AmountOre,
        Label = entity.Label,
    };

    public static Domain.Reserved ToDomain(this ReservationEntity entity) => new(entity.Year, entity.AmountOre, entity.Label);

    public static Contract.FollowUp ToContract(this FollowUpEntity entity)
    {
        var followUp = new Contract.FollowUp
        {
            Name = GrantsNames.FollowUp.Format(entity.FederationId, entity.EffortId, entity.Year),
            PlannedParticipants = entity.PlannedParticipants,
            ActualParticipants = entity.ActualParticipants,
            FinishedToWork = entity.FinishedToWork,
            FinishedToStudies = entity.FinishedToStudies,
        };
        followUp.Indicators.AddRange(entity.Indicators.Select(i => new Contract.IndicatorResult { Indicator = i.Indicator, ValueHundredths = i.ValueHundredths }));
        followUp.Participants = entity.Participants();
        return followUp;
    }

    public static Contract.Participants? Participants(this FollowUpEntity entity) =>
        entity.ParticipantsJson is null ? null : Contract.Participants.Parser.ParseJson(entity.ParticipantsJson);

    public static Domain.FollowUpFigures ToDomain(this FollowUpEntity entity) =>
        new(entity.PlannedParticipants, entity.ActualParticipants, entity.FinishedToWork, entity.FinishedToStudies);

    // The effort with what its decisions decided, year by year.
    public static Domain.EffortCosts ToCosts(this EffortEntity entity, IEnumerable<DecisionEntity> decisions) => new(
        GrantsNames.Effort.Format(entity.FederationId, entity.Id),
        entity.DisplayName,
        entity.Kind,
        entity.CostGroup,
        entity.Status,
        entity.CostLines,
        Domain.DecidedMoney.Of(decisions.Select(d => d.ToDomain())));

    public static Contract.CatalogueEntry ToCatalogueEntry(this EffortEntity entity) => new()
    {
        Effort = GrantsNames.Effort.Format(entity.FederationId, entity.Id),
        DisplayName = entity.DisplayName,
        Description = entity.Description,
        Kind = entity.Kind.ToContract(),
        TargetGroup = entity.TargetGroup,
        Municipality = entity.Municipality,
        Owner = entity.Owner,
        StartOn = Date(entity.StartOn),
        EndOn = Date(entity.EndOn),
        CostGroup = entity.CostGroup,
    };

    public static Contract.EffortCosts ToContract(this Domain.AggregatedCosts aggregated)
    {
        var costs = new Contract.EffortCosts();
        costs.Lines.AddRange(aggregated.Decided.Select(ToContract));
        costs.UndecidedLines.AddRange(aggregated.Undecided.Select(ToContract));
        costs.Years.AddRange(aggregated.Years.Select(y =>
        {
            var year = new Contract.YearCosts
            {
                Year = y.Year,
                GrantedOre = y.GrantedOre,
                IndividualOre = y.IndividualOre,
                StructuralOre = y.StructuralOre,
                ReservedOre = y.ReservedOre,
                ReservedLabel = y.ReservedLabel,
                UndecidedOre = y.UndecidedOre,
            };
            year.CostGroups.AddRange(y.CostGroups.Select(g => new Contract.CostGroupTotal { CostGroup = g.CostGroup, AmountOre = g.AmountOre }));
            return year;
        }));
        return costs;
    }

    private static Contract.EffortCostLine ToContract(Domain.CostLineOfEffort line) => new()
    {
        Effort = line.Effort.Effort,
        EffortDisplayName = line.Effort.DisplayName,
        Kind = line.Effort.Kind.ToContract(),
        CostGroup = line.Effort.CostGroup,
        Year = line.Line.Year,
        Description = line.Line.Description,
        AmountOre = line.Line.AmountOre,
        Decision = line.Decision ?? "",
    };
}
