using Finsam.Grants.Domain.Participation;
using Contract = Finsam.Contracts.Grants.V1;

namespace Finsam.Grants.Grpc;

// Between the contract's flat Participants and the domain's breakdowns.
public static class ParticipantsMapping
{
    public static ParticipantCounts ToDomain(this Contract.Participants p) => new(
        p.Started,
        p.Ongoing,
        p.Ended,
        new Dictionary<Gender, int> { [Gender.Woman] = p.Women, [Gender.Man] = p.Men },
        new Dictionary<AgeBand, int> { [AgeBand.From16To29] = p.Aged16To29, [AgeBand.From30To49] = p.Aged30To49, [AgeBand.From50To64] = p.Aged50To64 },
        new Dictionary<StatusBefore, int>
        {
            [StatusBefore.SicknessBenefit] = p.BeforeSicknessBenefit,
            [StatusBefore.ActivitySupport] = p.BeforeActivitySupport,
            [StatusBefore.IncomeSupport] = p.BeforeIncomeSupport,
            [StatusBefore.NoIncome] = p.BeforeNoIncome,
            [StatusBefore.Other] = p.BeforeOther,
        },
        new Dictionary<Outcome, int>
        {
            [Outcome.Work] = p.AfterWork,
            [Outcome.Studies] = p.AfterStudies,
            [Outcome.JobSeeking] = p.AfterJobSeeking,
            [Outcome.Other] = p.AfterOther,
        });

    public static Contract.Participants ToContract(this ParticipantCounts counts) => new()
    {
        Started = counts.Started,
        Ongoing = counts.Ongoing,
        Ended = counts.Ended,
        Women = counts.ByGender.GetValueOrDefault(Gender.Woman),
        Men = counts.ByGender.GetValueOrDefault(Gender.Man),
        Aged16To29 = counts.ByAge.GetValueOrDefault(AgeBand.From16To29),
        Aged30To49 = counts.ByAge.GetValueOrDefault(AgeBand.From30To49),
        Aged50To64 = counts.ByAge.GetValueOrDefault(AgeBand.From50To64),
        BeforeSicknessBenefit = counts.ByStatusBefore.GetValueOrDefault(StatusBefore.SicknessBenefit),
        BeforeActivitySupport = counts.ByStatusBefore.GetValueOrDefault(StatusBefore.ActivitySupport),
        BeforeIncomeSupport = counts.ByStatusBefore.GetValueOrDefault(StatusBefore.IncomeSupport),
        BeforeNoIncome = counts.ByStatusBefore.GetValueOrDefault(StatusBefore.NoIncome),
        BeforeOther = counts.ByStatusBefore.GetValueOrDefault(StatusBefore.Other),
        AfterWork = counts.ByOutcome.GetValueOrDefault(Outcome.Work),
        AfterStudies = counts.ByOutcome.GetValueOrDefault(Outcome.Studies),
        AfterJobSeeking = counts.ByOutcome.GetValueOrDefault(Outcome.JobSeeking),
        AfterOther = counts.ByOutcome.GetValueOrDefault(Outcome.Other),
    };

    // Every count as the public may see it (PublicParticipants), named as the contract names it.
    public static IEnumerable<Contract.PublicCount> ToPublic(this IEnumerable<PublicParticipants.Count> counts) =>
        counts.Select(count => new Contract.PublicCount { Count = Field(count.Name), Shown = count.Shown.ToString() });

    // The contract's field for each of the domain's counts.
    private static string Field(string name) => name switch
    {
        nameof(Gender.Woman) => "women",
        nameof(Gender.Man) => "men",
        nameof(AgeBand.From16To29) => "aged_16_to_29",
        nameof(AgeBand.From30To49) => "aged_30_to_49",
        nameof(AgeBand.From50To64) => "aged_50_to_64",
        _ when name.StartsWith("Before", StringComparison.Ordinal) => "before_" + Snake(name["Before".Length..]),
        _ when name.StartsWith("After", StringComparison.Ordinal) => "after_" + Snake(name["After".Length..]),
        _ => Snake(name),
    };

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
