namespace Finsam.Budget.Dependencies;

// One federation's answer in a batch: its figures, or why there are none.
public sealed record FiguresOrProblem(ExternalFigures? Figures, string? Problem);
