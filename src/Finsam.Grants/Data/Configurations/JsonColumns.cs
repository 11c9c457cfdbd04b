using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.Grants.Data.Configurations;

// A list that changes only with its row (an effort's cost lines, a follow-up's indicators),
// stored in the row as jsonb and compared item by item.
internal static class JsonColumns
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<List<T>> AsJson<T>(this PropertyBuilder<List<T>> property) =>
        property.HasColumnType("jsonb").HasConversion(
            items => JsonSerializer.Serialize(items, Json),
            json => JsonSerializer.Deserialize<List<T>>(json, Json) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, b) => a!.SequenceEqual(b!),
                items => items.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                items => items.ToList()));
}
