using System.Globalization;
using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// "so the first plan was cheaper, by how much?", "刚才那个是不是便宜一些，差多少" after a what-if at a logistics result:
/// the result before the change against the one shown now, by their best channels' figures — the advisor's own figures
/// for both sets of answers, nothing estimated here.
/// </summary>
public sealed class LogisticsResultComparison(LogisticsAdvisor advisor)
{
    /// <summary>The two results' best channels side by side and the difference in price and days; null when either has none.</summary>
    public string? Compare(LogisticsAnswers before, LogisticsAnswers now, BotLanguage language)
    {
        var earlier = Best(before);
        var current = Best(now);
        if (earlier is null || current is null)
        {
            return null;
        }

        var chinese = language.IsChinese;
        var cost = Middle(current.CostUsd) - Middle(earlier.CostUsd);
        var days = Middle(current.Days) - Middle(earlier.Days);
        var money = Math.Abs(cost).ToString("0.#", CultureInfo.InvariantCulture);
        var price = Math.Abs(cost) < 0.5m
            ? (chinese ? "两者价格差不多" : "the two cost about the same")
            : cost > 0
                ? (chinese ? $"之前的结果便宜约 {money} 美元" : $"the earlier one was cheaper, by about ${money}")
                : (chinese ? $"之前的结果贵约 {money} 美元" : $"the earlier one was more expensive, by about ${money}");
        var time = Math.Abs(days) < 1m
            ? (chinese ? "时效差不多" : "about as fast")
            : days > 0
                ? (chinese ? $"快约 {Math.Abs(days):0} 天" : $"and about {Math.Abs(days):0} days faster")
                : (chinese ? $"慢约 {Math.Abs(days):0} 天" : $"and about {Math.Abs(days):0} days slower");
        return chinese
            ? $"改之前最合适的是 {LogisticsResultAnswers.Describe(earlier, language)}；现在是 {LogisticsResultAnswers.Describe(current, language)}。按两者区间的中间值比较：{price}，{time}。"
            : $"Before the change the best option was {LogisticsResultAnswers.Describe(earlier, language)}; now it is {LogisticsResultAnswers.Describe(current, language)}. Comparing the middle of each range: {price}, {time}.";
    }

    private ChannelRecommendation? Best(LogisticsAnswers answers) =>
        advisor.Recommend(LogisticsAdvisorInputs.From(answers, maxResults: 1)).Recommendations.FirstOrDefault();

    private static decimal Middle(ValueRange range) => (range.Min + range.Max) / 2;
}
