using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Finsam.Documents.Templating;

// Reads a parsed text before it runs: loops whose length is written in the text are
// counted (nested loops multiply) and refused beyond the budget, whatever branch they
// are in; filters on written values ("10 | divided_by: 0") are tried at once; and the
// text is rewritten so every range reserves its numbers, every filter names itself
// to the budget when it runs, and an item picked past a list's end is named.
internal sealed class TemplateGuard(TemplateOptions options, TemplateBudget budget) : AstRewriter
{
    // Steps of the loops around the statement being read.
    private long enclosingSteps = 1;

    protected override Statement VisitForStatement(ForStatement forStatement) =>
        Loop($"for {forStatement.Identifier} in {PlaceholderLabel.Of(forStatement.Source)}", forStatement.Source, forStatement.Limit,
            () => base.VisitForStatement(forStatement));

    protected override Statement VisitTableRowStatement(TableRowStatement tableRow) =>
        Loop($"tablerow {tableRow.Identifier} in {PlaceholderLabel.Of(tableRow.Source)}", tableRow.Source, tableRow.Limit,
            () => base.VisitTableRowStatement(tableRow));

    protected override Expression VisitRangeExpression(RangeExpression range)
    {
        var label = PlaceholderLabel.Of(range);
        if (Count(range) is { } count && count > TemplateBudget.MaxItems)
        {
            budget.ReserveItems(count, label);
        }
        return new BoundedRangeExpression(Visit(range.From), Visit(range.To), label);
    }

    protected override Expression VisitMemberExpression(MemberExpression member) =>
        member.Segments.Any(s => s is IndexerSegment)
            ? new IndexedMember(base.VisitMemberExpression(member), PlaceholderLabel.Of(member))
            : base.VisitMemberExpression(member);

    protected override Expression VisitFilterExpression(FilterExpression filter)
    {
        var label = PlaceholderLabel.Of(filter);
        var guarded = new LabelledExpression(base.VisitFilterExpression(filter), label);
        if (IsWritten(filter))
        {
            TryNow(guarded);
        }
        return guarded;
    }

    private Statement Loop(string label, Expression source, Expression? limit, Func<Statement> visitBody)
    {
        var steps = Count(source) is { } count ? Math.Min(count, Limit(limit)) : 1;
        var outer = enclosingSteps;
        enclosingSteps = Times(outer, Math.Max(steps, 1));
        try
        {
            budget.ReserveSteps(label, enclosingSteps);
            return visitBody();
        }
        finally
        {
            enclosingSteps = outer;
        }
    }

    // Nested loops multiply; a product past what a long holds is as refused as any other.
    private static long Times(long a, long b) => a > long.MaxValue / b ? long.MaxValue : a * b;

    // How many numbers a range written with numbers holds; null when it depends on values.
    private static long? Count(Expression expression) =>
        expression is RangeExpression { From: LiteralExpression from, To: LiteralExpression to }
            ? Math.Max(0, (long)Math.Clamp(to.Value.ToNumberValue() - from.Value.ToNumberValue() + 1, 0, long.MaxValue))
            : null;

    private static long Limit(Expression? limit) =>
        limit is LiteralExpression { Value: var value } && value.ToNumberValue() >= 0
            ? (long)Math.Min(value.ToNumberValue(), long.MaxValue)
            : long.MaxValue;

    // Made of written values only: it gives the same result at every render.
    private static bool IsWritten(Expression expression) => expression switch
    {
        LiteralExpression => true,
        RangeExpression range => IsWritten(range.From) && IsWritten(range.To),
        FilterExpression filter => IsWritten(filter.Input) && filter.Parameters.All(p => IsWritten(p.Expression)),
        _ => false,
    };

    // Runs a written filter on a budget of its own, so trying it costs the render nothing,
    // and keeps what that budget refused.
    private void TryNow(Expression written)
    {
        var trial = new TemplateBudget();
        try
        {
            written.EvaluateAsync(new BudgetedContext(options, trial)).AsTask().GetAwaiter().GetResult();
        }
        catch (TemplateProblem)
        {
            budget.Adopt(trial.Refused);
            throw;
        }
    }
}
