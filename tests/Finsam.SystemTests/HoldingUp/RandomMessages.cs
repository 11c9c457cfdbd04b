using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Finsam.SystemTests.HoldingUp;

// Random requests of any message type, from its descriptor: resource names that are
// right, nearly right and wrong, extreme numbers, unknown enum values, odd text.
public sealed class RandomMessages(Random random, string knownFederation)
{
    private readonly string[] _names =
    [
        $"federations/{knownFederation}",
        $"federations/{knownFederation}/allocations/2022",
        $"federations/{knownFederation}/contributions/2022",
        $"federations/{knownFederation}/allocations/2022/commitments/sundsvalls-kommun",
        $"federations/{knownFederation}/allocations/2022/commitments/forsakringskassan",
        $"federations/{knownFederation}/instalmentPlans/2022",
        $"federations/{knownFederation}/invoices/2022-sundsvalls-kommun-1",
        $"federations/{knownFederation}/otherIncome/abc",
        $"federations/{knownFederation}/outstanding/2022",
        $"federations/{knownFederation}/budgets/2022",
        $"federations/{knownFederation}/financialGoals",
        "balance.equity",
        "group:board",
        "2022-02-30",
        "2022-01-31",
        $"federations/{knownFederation}/allocations/-1",
        $"federations/{knownFederation}/allocations/99999999999",
        "federations/",
        "federations//allocations/2022",
        "federations/UPPER",
        "federations/../../etc/passwd",
        "federations/a/allocations/2022/extra",
        "",
        " ",
        "null",
        "'; DROP TABLE federations; --",
        "åäö ÅÄÖ",
        "\u0000",
        "😀",
        new string('x', 5000),
    ];

    public T Next<T>() where T : IMessage<T>, new()
    {
        var message = new T();
        Fill(message, depth: 0);
        return message;
    }

    private void Fill(IMessage message, int depth)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            if (random.Next(4) == 0)
            {
                continue; // left unset
            }
            if (field.IsMap)
            {
                continue;
            }
            if (field.IsRepeated)
            {
                var list = (System.Collections.IList)field.Accessor.GetValue(message);
                for (var i = random.Next(4); i > 0; i--)
                {
                    if (ValueFor(field, depth) is { } item)
                    {
                        list.Add(item);
                    }
                }
                continue;
            }
            if (ValueFor(field, depth) is { } value)
            {
                field.Accessor.SetValue(message, value);
            }
        }
    }

    private object? ValueFor(FieldDescriptor field, int depth) => field.FieldType switch
    {
        FieldType.String => _names[random.Next(_names.Length)],
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => Pick(0, 1, -1, 2022, 2003, 2100, int.MaxValue, int.MinValue, random.Next()),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => Pick(0L, 1L, -1L, 368_900_000L, long.MaxValue, long.MinValue, random.NextInt64()),
        FieldType.UInt32 or FieldType.Fixed32 => (uint)random.Next(),
        FieldType.UInt64 or FieldType.Fixed64 => (ulong)random.NextInt64(),
        FieldType.Bool => random.Next(2) == 0,
        FieldType.Double => random.NextDouble(),
        FieldType.Float => (float)random.NextDouble(),
        FieldType.Bytes => ByteString.CopyFrom(Enumerable.Range(0, random.Next(8)).Select(_ => (byte)random.Next(256)).ToArray()),
        FieldType.Enum => Pick(0, 1, 2, 3, 4, 99, -5),
        FieldType.Message when depth < 3 => RandomNested(field, depth),
        _ => null,
    };

    private IMessage? RandomNested(FieldDescriptor field, int depth)
    {
        var nested = field.MessageType.Parser.ParseFrom(ByteString.Empty);
        if (field.MessageType.FullName == "google.protobuf.FieldMask")
        {
            var paths = (System.Collections.IList)field.MessageType.FindFieldByName("paths").Accessor.GetValue(nested);
            paths.Add(Pick("display_name", "members", "state_amount_ore", "status", "nonsense", "*", ""));
            return nested;
        }
        if (field.MessageType.FullName.StartsWith("google.protobuf.", StringComparison.Ordinal))
        {
            return null;
        }
        Fill(nested, depth + 1);
        return nested;
    }

    private T Pick<T>(params T[] values) => values[random.Next(values.Length)];
}
