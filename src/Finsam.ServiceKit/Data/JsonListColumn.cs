using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Finsam.ServiceKit.Data;

// A list that changes only with its row (a federation's members, an effort's cost lines, a
// follow-up's indicators), stored in the row as jsonb and compared item by item.
// The conversion calls public methods rather than capturing options: a compiled model
// (dotnet ef dbcontext optimize) writes these lambdas out as code and cannot reach a private field.
public static class JsonListColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<List<T>> AsJsonList<T>(this PropertyBuilder<List<T>> property) =>
        property.HasColumnType("jsonb").HasConversion(
            items => Serialize(items),
            json => Deserialize<T>(json),
            new ValueComparer<List<T>>(
                (a, b) => a!.SequenceEqual(b!),
                items => items.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                items => items.ToList()));

    public static string Serialize<T>(List<T> items) => JsonSerializer.Serialize(items, Json);

    public static List<T> Deserialize<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Json) ?? [];
}
