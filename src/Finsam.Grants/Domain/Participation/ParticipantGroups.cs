namespace Finsam.Grants.Domain.Participation;

// The national follow-up's groups of participants. Counts only: no person is ever stored.
public enum Gender
{
    Woman,
    Man,
}

// Age when the participant started.
public enum AgeBand
{
    From16To29,
    From30To49,
    From50To64,
}

// How the participant was provided for before the effort.
public enum StatusBefore
{
    SicknessBenefit,
    ActivitySupport,
    IncomeSupport,
    NoIncome,
    Other,
}

// Where the participant went when the effort ended for them.
public enum Outcome
{
    Work,
    Studies,
    JobSeeking,
    Other,
}
