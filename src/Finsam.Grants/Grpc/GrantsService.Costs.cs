using Finsam.Grants.Domain;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceDefaults.Security;
using Finsam.ServiceKit.Security;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

public sealed partial class GrantsService
{
    private const int MaxYearsAsked = 20;

    public override async Task<Contract.EffortCosts> GetEffortCosts(Contract.GetEffortCostsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        ResourceNamePattern.Match(request.Parent, "federations/*", "parent", violations);
        ValidateYear(request.FirstYear, "first_year", violations);
        ValidateYear(request.LastYear, "last_year", violations);
        violations.AddWhen(request.LastYear < request.FirstYear || request.LastYear - request.FirstYear >= MaxYearsAsked,
            "last_year", ViolationReason.InvalidValue, $"From the first year, at most {MaxYearsAsked} years on.");
        violations.ThrowIfAny();

        var federationId = context.FederationId();
        var ct = context.CancellationToken;
        var efforts = await db.Efforts.AsNoTracking().Where(e => e.FederationId == federationId).OrderBy(e => e.Id).ToListAsync(ct);
        var reservations = await db.Reservations.AsNoTracking().Where(r => r.FederationId == federationId).ToListAsync(ct);

        var (lines, years) = CostAggregation.Aggregate(
            efforts.Select(e => new EffortCosts(GrantsMapping.EffortName(e.FederationId, e.Id), e.DisplayName, e.Kind, e.CostGroup, e.Status, e.CostLines)),
            reservations.Select(r => new Reserved(r.Year, r.AmountOre, r.Label)),
            request.FirstYear,
            request.LastYear);

        var costs = new Contract.EffortCosts();
        costs.Lines.AddRange(lines.Select(l => new Contract.EffortCostLine
        {
            Effort = l.Effort.Effort,
            EffortDisplayName = l.Effort.DisplayName,
            Kind = l.Effort.Kind.ToContract(),
            CostGroup = l.Effort.CostGroup,
            Year = l.Line.Year,
            Description = l.Line.Description,
            AmountOre = l.Line.AmountOre,
        }));
        costs.Years.AddRange(years.Select(y =>
        {
            var year = new Contract.YearCosts
            {
                Year = y.Year,
                GrantedOre = y.GrantedOre,
                IndividualOre = y.IndividualOre,
                StructuralOre = y.StructuralOre,
                ReservedOre = y.ReservedOre,
                ReservedLabel = y.ReservedLabel,
            };
            year.CostGroups.AddRange(y.CostGroups.Select(g => new Contract.CostGroupTotal { CostGroup = g.CostGroup, AmountOre = g.AmountOre }));
            return year;
        }));
        return costs;
    }
}
