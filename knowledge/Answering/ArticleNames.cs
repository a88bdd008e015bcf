using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// A rule named after a section of a law is called by that section: "第122条临时进口附加税" and "对华第301条关税" are asked
/// about as "122条款", "第122条", "122附加税" or "301关税", and "Section 122 temporary import surcharge" as "section 122".
/// Only the numbered article is taken (with the tax word the Chinese name gives it), not the rest of the name. A ballot
/// proposition is called the same way: "Proposition 65" as "Prop 65", "加州65号提案警示" as "65号提案".
/// </summary>
internal static partial class ArticleNames
{
    /// <summary>The forms of a Chinese name's article: "第122条", "122条款", "第122条款", and "122附加税" / "122关税" for a tax.</summary>
    public static IEnumerable<string> Of(string chineseName)
    {
        // The name's head only: an article in brackets qualifies the rule ("（…第321条款/Type 86终止后）"), it does not name it.
        var head = chineseName.Split('（', '(')[0];
        foreach (Match m in Article().Matches(head))
        {
            var n = m.Groups["n"].Value;
            yield return $"第{n}条";
            yield return $"{n}条款";
            yield return $"第{n}条款";

            // "122附加税", "301关税": sellers drop 第…条 and keep the number with the kind of charge.
            if (m.Groups["tax"].Success)
            {
                yield return n + m.Groups["tax"].Value;
                yield return n + "关税";
            }
        }

        // "加州65号提案警示" is asked about as "65号提案".
        foreach (Match m in Proposition().Matches(head))
        {
            yield return m.Value;
        }
    }

    /// <summary>"Section 122" from "Section 122 temporary import surcharge (…)": the article an English name starts from.</summary>
    /// <summary>"Proposition 65" is also written "Prop 65" and "Prop. 65".</summary>
    public static IEnumerable<string> OfEnglish(string englishName)
    {
        var head = englishName.Split('(')[0];
        foreach (Match m in EnglishArticle().Matches(head))
        {
            yield return m.Value;
        }

        foreach (Match m in EnglishProposition().Matches(head))
        {
            var n = m.Groups["n"].Value;
            yield return $"Proposition {n}";
            yield return $"Prop {n}";
            yield return $"Prop. {n}";
        }
    }

    [GeneratedRegex(@"第(?<n>\d{2,4})条(?:[^（(，,]*?(?<tax>附加税|关税))?")]
    private static partial Regex Article();

    [GeneratedRegex(@"\bSection \d{2,4}\b")]
    private static partial Regex EnglishArticle();

    [GeneratedRegex(@"\bProposition (?<n>\d{1,4})\b")]
    private static partial Regex EnglishProposition();

    [GeneratedRegex(@"\d{1,4}号提案")]
    private static partial Regex Proposition();
}
