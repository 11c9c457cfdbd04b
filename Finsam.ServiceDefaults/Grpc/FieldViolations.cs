using Google.Rpc;
using Grpc.Core;

namespace Finsam.ServiceDefaults.Grpc;

// Collects everything wrong with a request, so the caller learns all of it in one answer.
public sealed class FieldViolations
{
    private readonly List<BadRequest.Types.FieldViolation> _violations = [];

    public bool Any => _violations.Count > 0;

    public IReadOnlyList<BadRequest.Types.FieldViolation> Items => _violations;

    public FieldViolations Add(string field, string description)
    {
        _violations.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });
        return this;
    }

    public FieldViolations AddWhen(bool condition, string field, string description) =>
        condition ? Add(field, description) : this;

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw GrpcErrors.InvalidArgument(this);
        }
    }

    public static void ThrowWhen(bool condition, string field, string description)
    {
        if (condition)
        {
            Throw(field, description);
        }
    }

    public static void Throw(string field, string description) =>
        new FieldViolations().Add(field, description).ThrowIfAny();
}
