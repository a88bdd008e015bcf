using System.Text.Json;
using CrossBorderBot.Knowledge.Loading;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Commands;

/// <summary>
/// The <c>kb</c> command: <c>kb validate [--data dir]</c>, <c>kb stats [--json] [--data dir]</c>,
/// <c>kb search "query" [--top n] [--data dir]</c>. Returns the process exit code.
/// </summary>
public static class KnowledgeBaseCommand
{
    private const int MaxSourcesShown = 3;

    private const string Usage = """
        Usage:
          kb validate [--data <dir>] [--schema <dir>]   check the data; prints file:line: message per problem, exit 1 on any
          kb stats [--json] [--data <dir>]              counts per entry type (--json: one JSON object)
          kb search "<query>" [--top <n>] [--data <dir>]  top hits with snippet, source and review date
          kb gaps [--top <n>] [--file <path>]             the most frequent questions the bot could not answer
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        // Accept both "kb validate ..." and "validate ..." so the caller may pass its args as they come.
        var list = args.SkipWhile((a, i) => i == 0 && a == "kb").ToList();
        if (list.Count == 0 || list[0] is "help" or "--help" or "-h")
        {
            await error.WriteLineAsync(Usage.AsMemory(), ct).ConfigureAwait(false);
            return list.Count == 0 ? 2 : 0;
        }

        var verb = list[0];
        if (verb == "gaps")
        {
            return await KnowledgeGapsCommand.RunAsync(list.Skip(1).ToList(), output, error, ct).ConfigureAwait(false);
        }

        var options = Options.Parse(list.Skip(1).ToList());
        if (options.Error is not null)
        {
            await error.WriteLineAsync($"kb {verb}: {options.Error}".AsMemory(), ct).ConfigureAwait(false);
            return 2;
        }

        KnowledgeLoadResult result;
        try
        {
            result = new KnowledgeLoader(options.SchemaDirectory).Load(options.DataDirectory ?? KnowledgePaths.DefaultDataDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"kb {verb}: {ex.Message}".AsMemory(), ct).ConfigureAwait(false);
            return 1;
        }

        return verb switch
        {
            "validate" => await ValidateAsync(result, output, error, ct).ConfigureAwait(false),
            "stats" => await StatsAsync(result, options.Json, output, error, ct).ConfigureAwait(false),
            "search" when options.Positional.Count > 0 => await SearchAsync(result, string.Join(' ', options.Positional), options.Top, output, ct).ConfigureAwait(false),
            _ => await UsageErrorAsync(error, ct).ConfigureAwait(false),
        };
    }

    private static async Task<int> UsageErrorAsync(TextWriter error, CancellationToken ct)
    {
        await error.WriteLineAsync(Usage.AsMemory(), ct).ConfigureAwait(false);
        return 2;
    }

    private static async Task<int> ValidateAsync(KnowledgeLoadResult result, TextWriter output, TextWriter error, CancellationToken ct)
    {
        foreach (var problem in result.Problems)
        {
            await output.WriteLineAsync(problem.ToString().AsMemory(), ct).ConfigureAwait(false);
        }

        if (!result.IsValid)
        {
            await error.WriteLineAsync($"{result.Problems.Count} problem(s) found.".AsMemory(), ct).ConfigureAwait(false);
            return 1;
        }

        var kb = result.KnowledgeBase;
        await output.WriteLineAsync(
            $"Knowledge base is valid: {kb.Platforms.Count} platforms, {kb.LogisticsChannels.Count} logistics channels, {kb.Markets.Count} markets, {kb.Playbooks.Count} playbooks, {kb.Glossary.Count} glossary terms, {kb.Sources.Count} sources."
                .AsMemory(), ct).ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> StatsAsync(KnowledgeLoadResult result, bool json, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var counts = KnowledgeStatistics.Counts(result);
        var groups = new (string Key, IReadOnlyList<(string Key, int Count)> Counts)[]
        {
            ("sourcesByHostType", KnowledgeStatistics.SourcesByHostType(result.KnowledgeBase)),
            ("complianceByKind", KnowledgeStatistics.ComplianceByKind(result.KnowledgeBase)),
        };

        if (json)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                foreach (var (key, count) in counts)
                {
                    writer.WriteNumber(key, count);
                }

                foreach (var (group, members) in groups)
                {
                    writer.WriteStartObject(group);
                    foreach (var (key, count) in members)
                    {
                        writer.WriteNumber(key, count);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            await output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(stream.ToArray()).AsMemory(), ct).ConfigureAwait(false);
        }
        else
        {
            foreach (var (key, count) in counts.Concat(groups.SelectMany(g => g.Counts.Select(c => ($"{g.Key}.{c.Key}", c.Count)))))
            {
                await output.WriteLineAsync($"{key,-40}{count,6}".AsMemory(), ct).ConfigureAwait(false);
            }
        }

        if (!result.IsValid)
        {
            await error.WriteLineAsync($"{result.Problems.Count} problem(s) found; run 'kb validate' for details.".AsMemory(), ct).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<int> SearchAsync(KnowledgeLoadResult result, string query, int top, TextWriter output, CancellationToken ct)
    {
        using var search = new KnowledgeSearch(result.KnowledgeBase);
        var hits = search.Search(query, new SearchOptions { MaxHits = top });
        if (hits.Count == 0)
        {
            await output.WriteLineAsync($"No entries match \"{query}\".".AsMemory(), ct).ConfigureAwait(false);
            return 0;
        }

        var rank = 1;
        foreach (var hit in hits)
        {
            var title = KnowledgeLanguage.IsChinese(hit.Language) ? $"{hit.Title.ZhCn} / {hit.Title.En}" : $"{hit.Title.En} / {hit.Title.ZhCn}";
            var id = hit.ParentId is null ? hit.Id : $"{hit.ParentId}/{hit.Id}";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{rank}. [{hit.EntryType}] {title} ({id})  score {hit.Score:0.00}").AsMemory(), ct).ConfigureAwait(false);
            await output.WriteLineAsync($"   {hit.Snippet}".AsMemory(), ct).ConfigureAwait(false);
            // A few sources are enough on a terminal; the entry itself lists them all.
            foreach (var source in hit.Sources.Take(MaxSourcesShown))
            {
                await output.WriteLineAsync($"   Source: {source.Title} — {source.Publisher} <{source.Url}>".AsMemory(), ct).ConfigureAwait(false);
            }

            if (hit.Sources.Count > MaxSourcesShown)
            {
                await output.WriteLineAsync($"   (+{hit.Sources.Count - MaxSourcesShown} more sources)".AsMemory(), ct).ConfigureAwait(false);
            }

            if (hit.Reviewed is { } reviewed)
            {
                await output.WriteLineAsync($"   Reviewed: {reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}".AsMemory(), ct).ConfigureAwait(false);
            }

            rank++;
        }

        return 0;
    }

    private sealed record Options(string? DataDirectory, string? SchemaDirectory, bool Json, int Top, List<string> Positional, string? Error)
    {
        public static Options Parse(List<string> args)
        {
            string? data = null, schema = null, problem = null;
            var json = false;
            var top = 5;
            var positional = new List<string>();
            for (var i = 0; i < args.Count; i++)
            {
                switch (args[i])
                {
                    case "--data" when i + 1 < args.Count:
                        data = Path.GetFullPath(args[++i]);
                        break;
                    case "--schema" when i + 1 < args.Count:
                        schema = Path.GetFullPath(args[++i]);
                        break;
                    case "--json":
                        json = true;
                        break;
                    case "--top" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                        top = n;
                        i++;
                        break;
                    case var a when a.StartsWith("--", StringComparison.Ordinal):
                        problem = $"unknown or incomplete option '{a}'";
                        break;
                    default:
                        positional.Add(args[i]);
                        break;
                }
            }

            return new Options(data, schema, json, top, positional, problem);
        }
    }
}
