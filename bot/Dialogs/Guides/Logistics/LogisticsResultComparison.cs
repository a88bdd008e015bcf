using System.Globalization;
using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// "so the first plan was cheaper, by how much?", "刚才那个是不是便宜一些，差多少" after a what-if at a logistics result:
/// the result before the change against the one shown now, by their best channels' figures — the advisor's own figures
/// for both sets of answers, nothing estimated here. When the what-if sent the parcel elsewhere ("日本和韩国哪边运费低"),
/// the two results are named by their destinations.
/// </summary>
public sealed class LogisticsResultComparison(LogisticsAdvisor advisor)
{
    /// <summary>The two results' best channels side by side and the difference in price and days; null when either has none.</summary>
    /// <param name="placeName">A destination's name in the turn's language, to name the two results when their destinations differ.</param>
    public string? Compare(LogisticsAnswers before, LogisticsAnswers now, BotLanguage language, Func<string, string>? placeName = null)
    {
        var earlier = Best(before);
        var current = Best(now);
        if (earlier is null || current is null)
        {
            return null;
        }

        var chinese = language.IsChinese;
        if (placeName is not null && before.Destination is { } from && now.Destination is { } to && !string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
        {
            return ByDestination(placeName(from), earlier, placeName(to), current, language);
        }

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

    // "To Portugal the best option is …; to Spain …. Comparing the middle of each range: Portugal is cheaper, by about $3, and
    // about as fast."
    private static string ByDestination(string first, ChannelRecommendation earlier, string second, ChannelRecommendation current, BotLanguage language)
    {
        var chinese = language.IsChinese;
        var cost = Middle(current.CostUsd) - Middle(earlier.CostUsd);
        var days = Middle(current.Days) - Middle(earlier.Days);
        var money = Math.Abs(cost).ToString("0.#", CultureInfo.InvariantCulture);
        var price = Math.Abs(cost) < 0.5m
            ? (chinese ? $"寄{first}和寄{second}价格差不多" : $"{first} and {second} cost about the same")
            : (chinese ? $"寄{(cost > 0 ? first : second)}便宜约 {money} 美元" : $"{(cost > 0 ? first : second)} is cheaper, by about ${money}");
        var time = Math.Abs(days) < 1m
            ? (chinese ? "时效差不多" : "about as fast")
            : (chinese ? $"寄{(days > 0 ? first : second)}快约 {Math.Abs(days):0} 天" : $"{(days > 0 ? first : second)} is about {Math.Abs(days):0} days faster");
        return chinese
            ? $"寄{first}最合适的是 {LogisticsResultAnswers.Describe(earlier, language)}；寄{second}是 {LogisticsResultAnswers.Describe(current, language)}。按两者区间的中间值比较：{price}，{time}。"
            : $"To {first} the best option is {LogisticsResultAnswers.Describe(earlier, language)}; to {second} it is {LogisticsResultAnswers.Describe(current, language)}. Comparing the middle of each range: {price}; {time}.";
    }

    private ChannelRecommendation? Best(LogisticsAnswers answers) =>
        advisor.Recommend(LogisticsAdvisorInputs.From(answers, maxResults: 1)).Recommendations.FirstOrDefault();

    private static decimal Middle(ValueRange range) => (range.Min + range.Max) / 2;
}
