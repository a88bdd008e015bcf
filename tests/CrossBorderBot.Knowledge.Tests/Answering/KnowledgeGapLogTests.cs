using CrossBorderBot.Knowledge.Answering.Gaps;
using CrossBorderBot.Knowledge.Tests.TestUtilities;

namespace CrossBorderBot.Knowledge.Tests.Answering;

public class KnowledgeGapLogTests
{
    [Fact]
    public void The_same_question_in_other_capitals_and_spacing_has_the_same_hash()
    {
        Assert.Equal(KnowledgeGapLog.Hash("What is the VAT in  Norway?"), KnowledgeGapLog.Hash("what is the vat in norway"));
        Assert.NotEqual(KnowledgeGapLog.Hash("VAT in Norway"), KnowledgeGapLog.Hash("VAT in Sweden"));
    }

    [Fact]
    public async Task Recorded_gaps_are_read_back_and_counted_most_frequent_first()
    {
        using var folder = new TempDataFolder();
        var log = new KnowledgeGapLog(Path.Combine(folder.Path, "gaps", "log.jsonl"));
        var t = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
        await log.RecordAsync(new KnowledgeGap(t, KnowledgeGapLog.Hash("VAT in Norway?"), "en", 0.4), CancellationToken.None);
        await log.RecordAsync(new KnowledgeGap(t.AddMinutes(1), KnowledgeGapLog.Hash("vat in norway"), "en", 0.5, "vat in norway"), CancellationToken.None);
        await log.RecordAsync(new KnowledgeGap(t.AddMinutes(2), KnowledgeGapLog.Hash("挪威增值税"), "zh-CN", 0.2), CancellationToken.None);
        await File.AppendAllTextAsync(log.Path, "{ torn line\n");

        var gaps = await log.ReadAsync(CancellationToken.None);
        var top = KnowledgeGapLog.MostFrequent(gaps, 10);

        Assert.Equal(3, gaps.Count);
        Assert.Equal(2, top[0].Count);
        Assert.Equal("vat in norway", top[0].Text);
        Assert.Equal(0.5, top[0].TopScore);
        Assert.Null(top[1].Text);
        Assert.Equal("zh-CN", top[1].Language);
    }
}
