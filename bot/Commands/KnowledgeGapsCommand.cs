using CrossBorderBot.Answers;
using CrossBorderBot.Knowledge.Answering.Gaps;

namespace CrossBorderBot.Commands;

/// <summary>
/// <c>kb gaps [--top n] [--file path]</c>: the questions users asked most often that the knowledge base could not
/// answer, from the knowledge-gap log (default <c>KnowledgeGaps__Path</c> or <see cref="KnowledgeAnswerer.DefaultGapLogPath"/>).
/// Shows the question's text when the bot was set to keep it, else its hash.
/// </summary>
public static class KnowledgeGapsCommand
{
    private const int DefaultTop = 20;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var top = DefaultTop;
        var path = Environment.GetEnvironmentVariable("KnowledgeGaps__Path") is { Length: > 0 } fromEnvironment ? fromEnvironment : KnowledgeAnswerer.DefaultGapLogPath;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--top" when i + 1 < args.Count && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0:
                    top = n;
                    i++;
                    break;
                case "--file" when i + 1 < args.Count:
                    path = args[++i];
                    break;
                default:
                    await error.WriteLineAsync($"kb gaps: unknown option '{args[i]}' (use --top <n> or --file <path>)".AsMemory(), ct).ConfigureAwait(false);
                    return 2;
            }
        }

        var log = new KnowledgeGapLog(path);
        var gaps = await log.ReadAsync(ct).ConfigureAwait(false);
        if (gaps.Count == 0)
        {
            await output.WriteLineAsync($"No unanswered questions recorded in {log.Path}.".AsMemory(), ct).ConfigureAwait(false);
            return 0;
        }

        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(c, $"{gaps.Count} unanswered questions in {log.Path}; most frequent first:").AsMemory(), ct).ConfigureAwait(false);
        await output.WriteLineAsync("count  lang   best   last asked (UTC)   question".AsMemory(), ct).ConfigureAwait(false);
        foreach (var s in KnowledgeGapLog.MostFrequent(gaps, top))
        {
            var question = s.Text ?? $"(hash {s.Hash}; set KnowledgeGaps:LogText to keep the text)";
            await output.WriteLineAsync(string.Create(c, $"{s.Count,5}  {s.Language,-5}  {s.TopScore,4:0.00}   {s.LastAsked.UtcDateTime:yyyy-MM-dd HH:mm}   {question}").AsMemory(), ct).ConfigureAwait(false);
        }

        return 0;
    }
}
