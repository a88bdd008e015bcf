using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// A rule named after a section of a law in Chinese ("第122条临时进口附加税", "对华第301条关税") is called by sellers
/// "122条款", "第122条" or "122条": each form names the rule. Only the numbered article is taken, not the words after it.
/// </summary>
internal static partial class ChineseArticleNames
{
    public static IEnumerable<string> Of(string chineseName) =>
        // The name's head only: an article in brackets qualifies the rule ("（…第321条款/Type 86终止后）"), it does not name it.
        Article().Matches(chineseName.Split('（', '(')[0]).SelectMany(m => new[] { $"第{m.Groups["n"].Value}条", $"{m.Groups["n"].Value}条款", $"第{m.Groups["n"].Value}条款" });

    [GeneratedRegex(@"第(?<n>\d{2,4})条")]
    private static partial Regex Article();
}
