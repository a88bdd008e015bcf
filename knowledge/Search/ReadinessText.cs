using System.Globalization;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Search;

/// <summary>The words the readiness result uses for its levels and dimensions, shared by the search index and the answers.</summary>
internal static class ReadinessText
{
    public static LocalizedText LevelWord { get; } = LocalizedText.Of("readiness level", "准备度等级");

    public static LocalizedText DimensionWord { get; } = LocalizedText.Of("readiness dimension", "准备度维度");

    /// <summary>"A readiness score from 40 to 64 (out of 100)": where the level sits on the result's scale.</summary>
    public static LocalizedText LevelScore(ReadinessModel model, ReadinessLevel level)
    {
        var from = level.MinScore.ToString("0.#", CultureInfo.InvariantCulture);
        var next = model.Levels.Where(l => l.MinScore > level.MinScore).Select(l => (decimal?)l.MinScore).Min();
        if (next is not { } upper)
        {
            return LocalizedText.Of($"A readiness score of {from} or more (out of 100).", $"准备度得分 {from} 分及以上（满分 100）。");
        }

        var to = (upper - 1).ToString("0.#", CultureInfo.InvariantCulture);
        return LocalizedText.Of($"A readiness score from {from} to {to} (out of 100).", $"准备度得分 {from}–{to} 分（满分 100）。");
    }
}
