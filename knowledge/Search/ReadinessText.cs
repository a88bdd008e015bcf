using System.Globalization;
using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Search;

/// <summary>The words the readiness result uses for its levels and dimensions, shared by the search index and the answers.</summary>
internal static class ReadinessText
{
    public static LocalizedText LevelWord { get; } = LocalizedText.Of("readiness level", "准备度等级");

    public static LocalizedText DimensionWord { get; } = LocalizedText.Of("readiness dimension", "准备度维度");

    /// <summary>
    /// "Weight in the readiness score: 1.2": how much a dimension counts in the overall score, which is the weighted average
    /// of the dimensions' scores (see ReadinessAssessor).
    /// </summary>
    public static LocalizedText DimensionWeight(ReadinessModel model, ReadinessDimension dimension)
    {
        static string W(decimal w) => w.ToString("0.0#", CultureInfo.InvariantCulture);
        var weights = model.Dimensions.Select(d => d.Weight).ToList();
        var (min, max, count) = (W(weights.Min()), W(weights.Max()), model.Dimensions.Count);
        return LocalizedText.Of(
            $"Weight in the readiness score: {W(dimension.Weight)} (the score is the weighted average of the {count} dimensions, weighted from {min} to {max}).",
            $"在准备度总分中的权重：{W(dimension.Weight)}（总分为 {count} 个维度的加权平均，各维度权重在 {min} 到 {max} 之间）。");
    }

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
