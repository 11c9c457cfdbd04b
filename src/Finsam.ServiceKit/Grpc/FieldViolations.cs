using Google.Rpc;
using Grpc.Core;

namespace Finsam.ServiceKit.Grpc;

// Collects everything wrong with a request, so the caller learns all of it in one answer.
// Every violation carries a stable reason code beside its English description.
public sealed class FieldViolations
{
    private readonly List<BadRequest.Types.FieldViolation> _violations = [];

    public bool Any => _violations.Count > 0;

    public IReadOnlyList<BadRequest.Types.FieldViolation> Items => _violations;

    public FieldViolations Add(string field, ViolationReason reason, string description)
    {
        _violations.Add(new BadRequest.Types.FieldViolation { Field = field, Reason = reason.Code(), Description = description });
        return this;
    }

    public FieldViolations AddWhen(bool condition, string field, ViolationReason reason, string description) =>
        condition ? Add(field, reason, description) : this;

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw GrpcErrors.InvalidArgument(this);
        }
    }

    public static void ThrowWhen(bool condition, string field, ViolationReason reason, string description)
    {
        if (condition)
        {
            Throw(field, reason, description);
        }
    }

    // Every problem found in one field's content (a file's lines, a table's rows) as a
    // violation of that field; nothing when there are none.
    public static void ThrowEach(string field, ViolationReason reason, IEnumerable<string> descriptions)
    {
        var violations = new FieldViolations();
        foreach (var description in descriptions)
        {
            violations.Add(field, reason, description);
        }
        violations.ThrowIfAny();
    }

    public static void Throw(string field, ViolationReason reason, string description) =>
        new FieldViolations().Add(field, reason, description).ThrowIfAny();
}
