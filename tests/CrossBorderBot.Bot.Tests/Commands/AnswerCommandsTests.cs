using CrossBorderBot.Commands;
using CrossBorderBot.Knowledge.Answering.Gaps;

namespace CrossBorderBot.Tests.Commands;

/// <summary><c>eval-answers</c> and <c>kb gaps</c>: what the operator reads.</summary>
public sealed class AnswerCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cbb-answers-").FullName;

    [Fact]
    public async Task Eval_answers_prints_the_three_figures_for_a_set()
    {
        var set = Path.Combine(_folder, "mini.tsv");
        await File.WriteAllLinesAsync(set,
        [
            "# three questions",
            "What is the standard VAT rate in the UK?\tgb\t20",
            "日本的消费税是多少？\tjp\t10",
            "Who won the 2022 football World Cup?\t-\t-",
        ]);
        var output = new StringWriter();

        var exit = await AnswerEvalCommand.RunAsync([set, "--misses"], output, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("3 questions (1 Chinese, 1 unanswerable)", text);
        Assert.Matches(@"top-1 entry accuracy:\s+100\.0 %\s+\(2/2", text);
        Assert.Matches(@"answer-contains accuracy:\s+100\.0 %\s+\(2/2", text);
        Assert.Matches(@"false answers:\s+0\.0 %\s+\(0/1", text);
    }

    [Fact]
    public async Task Kb_gaps_lists_the_most_frequent_unanswered_questions_first()
    {
        var path = Path.Combine(_folder, "gaps.jsonl");
        var log = new KnowledgeGapLog(path);
        var now = new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);
        await log.RecordAsync(new KnowledgeGap(now, KnowledgeGapLog.Hash("VAT in Norway?"), "en", 0.4, "VAT in Norway?"), CancellationToken.None);
        await log.RecordAsync(new KnowledgeGap(now, KnowledgeGapLog.Hash("vat in norway"), "en", 0.3), CancellationToken.None);
        await log.RecordAsync(new KnowledgeGap(now, KnowledgeGapLog.Hash("挪威增值税"), "zh-CN", 0.2), CancellationToken.None);
        var output = new StringWriter();

        var exit = await KnowledgeBaseCommand.RunAsync(["gaps", "--file", path], output, new StringWriter(), CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, exit);
        Assert.StartsWith("3 unanswered questions", lines[0]);
        Assert.Contains("VAT in Norway?", lines[2]);
        Assert.StartsWith("    2", lines[2]);
        Assert.Contains("(hash ", lines[3]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
