namespace Finsam.Budget.Domain.FollowUp;

// A federation's mapping from its accounts and objects to its budget lines and efforts. The
// longest prefix decides, so "54" can send 54xx to one line while "5410" goes to another. A row
// no rule takes is listed as unmapped, never dropped.
public sealed class AccountMapping
{
    private readonly IReadOnlyList<AccountRule> _accounts;
    private readonly IReadOnlyDictionary<(string, string), string> _objects;

    private AccountMapping(IReadOnlyList<AccountRule> accounts, IReadOnlyDictionary<(string, string), string> objects)
    {
        _accounts = accounts;
        _objects = objects;
    }

    public IReadOnlyList<AccountRule> AccountRules => _accounts;

    // The rules, or why they cannot stand together (each problem names its rule).
    public static (AccountMapping? Mapping, IReadOnlyList<string> Problems) Create(IEnumerable<AccountRule> accountRules, IEnumerable<ObjectRule> objectRules)
    {
        var problems = new List<string>();
        var accounts = accountRules.ToList();
        foreach (var rule in accounts)
        {
            if (rule.Prefix.Length == 0 || rule.Prefix.Any(char.IsWhiteSpace))
            {
                problems.Add($"Kontot ”{rule.Prefix}” ska vara ett konto eller början av ett, utan mellanslag.");
            }
            if (string.IsNullOrWhiteSpace(rule.LineKey))
            {
                problems.Add($"Kontot {rule.Prefix} saknar budgetrad.");
            }
        }
        foreach (var twice in accounts.GroupBy(rule => rule.Prefix, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            problems.Add($"Kontot {twice.Key} förs till mer än en budgetrad.");
        }

        var objects = new Dictionary<(string, string), string>();
        foreach (var rule in objectRules)
        {
            if (string.IsNullOrWhiteSpace(rule.Dimension) || string.IsNullOrWhiteSpace(rule.Object) || string.IsNullOrWhiteSpace(rule.EffortId))
            {
                problems.Add($"Objektet {rule.Dimension}/{rule.Object} ska ha dimension, objekt och insats.");
            }
            else if (!objects.TryAdd((rule.Dimension, rule.Object), rule.EffortId))
            {
                problems.Add($"Objektet {rule.Dimension}/{rule.Object} förs till mer än en insats.");
            }
        }

        return problems.Count > 0
            ? (null, problems)
            : (new AccountMapping([.. accounts.OrderByDescending(rule => rule.Prefix.Length)], objects), []);
    }

    public string? LineOf(string account) =>
        _accounts.FirstOrDefault(rule => account.StartsWith(rule.Prefix, StringComparison.Ordinal))?.LineKey;

    public string? EffortOf(IReadOnlyDictionary<string, string> objects) =>
        objects.Select(pair => _objects.GetValueOrDefault((pair.Key, pair.Value))).FirstOrDefault(effort => effort is not null);

    public MappedActuals Map(IEnumerable<LedgerRow> rows)
    {
        var lines = new Dictionary<(string, DateOnly), long>();
        var efforts = new Dictionary<(string, DateOnly), long>();
        var unmapped = new Dictionary<(string, DateOnly), long>();
        foreach (var row in rows)
        {
            if (LineOf(row.Account) is { } line)
            {
                Add(lines, (line, row.Month), row.AmountOre);
            }
            else
            {
                Add(unmapped, (row.Account, row.Month), row.AmountOre);
            }
            if (EffortOf(row.Objects) is { } effort)
            {
                Add(efforts, (effort, row.Month), row.AmountOre);
            }
        }
        return new MappedActuals(lines, efforts, unmapped);
    }

    private static void Add(Dictionary<(string, DateOnly), long> sums, (string, DateOnly) key, long ore) =>
        sums[key] = sums.GetValueOrDefault(key) + ore;
}
