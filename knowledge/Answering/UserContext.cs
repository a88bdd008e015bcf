using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// The user's own context clause in a question ("we're a 6 person shop, …", "我们是做LED灯的小厂 …", "我在义乌做小商品 …"):
/// who is asking, not what is asked. <see cref="AskedTerms"/> leaves it out of the asked words, so a named entry is not
/// refused or outranked because it does not talk about the user's shop, town or team size. The openers are data
/// (user-context.yaml), in both languages.
/// </summary>
internal static class UserContext
{
    private const string Resource = "CrossBorderBot.Knowledge.Answering.user-context.yaml";

    private static readonly Regex Clause = Build();

    /// <summary>The text with every context clause blanked (the same length is not kept: callers only read words from it).</summary>
    public static string Strip(string text) => Clause.Replace(text, m => m.Groups["lead"].Value + " ");

    private static Regex Build()
    {
        using var stream = typeof(UserContext).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The user-context openers ({Resource}) are not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var file = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<ContextFile>(reader);
        var english = string.Join("|", file.Opens.GetValueOrDefault("en", []).OrderByDescending(o => o.Length).Select(o => Regex.Escape(o).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
        var chinese = string.Join("|", file.Opens.GetValueOrDefault("zh-CN", []).OrderByDescending(o => o.Length).Select(Regex.Escape));
        // A clause starts the question or follows a clause's end; it runs to the next end. An English clause ends at a
        // comma, semicolon, full stop, question mark or a dash between spaces; a Chinese one also at a space, which Chinese
        // users write between clauses.
        var pattern = $@"(?<lead>^|[,;.!?，。；！？]\s*|\s[-–—]\s*)(?:\b(?:{english})\b)[^,;.!?，。；！？–—]*?(?=[,;.!?，。；！？]|\s[-–—]|$)"
            + $@"|(?<lead>^|[,;.!?，。；！？\s])(?:{chinese})[^,;.!?，。；！？\s]*";
        // A clause anywhere that counts the user's people ("if we only have 8 staff", "公司只有两个人") is context as well; in
        // English it may begin inside a sentence, at a word that joins it ("does it apply if we only have 8 staff").
        var numbersEn = Alternation(file.Headcount.Numbers.GetValueOrDefault("en", []), english: true);
        var peopleEn = Alternation(file.Headcount.People.GetValueOrDefault("en", []), english: true);
        var numbersZh = Alternation(file.Headcount.Numbers.GetValueOrDefault("zh-CN", []), english: false);
        var peopleZh = Alternation(file.Headcount.People.GetValueOrDefault("zh-CN", []), english: false);
        if (numbersEn.Length > 0 && peopleEn.Length > 0)
        {
            pattern += $@"|(?<lead>^|[,;.!?，。；！？]\s*|\s[-–—]\s*|\s(?:if|since|as|because|given|with|and|but|though|although)\s+)[^,;.!?，。；！？–—]{{0,40}}?\b(?:\d+|{numbersEn})[\s-]+(?:{peopleEn})\b[^,;.!?，。；！？–—]*?(?=[,;.!?，。；！？]|\s[-–—]|$)";
        }

        if (numbersZh.Length > 0 && peopleZh.Length > 0)
        {
            pattern += $@"|(?<lead>^|[,;.!?，。；！？\s])[^,;.!?，。；！？\s\p{{IsBasicLatin}}]{{0,12}}?(?:\d+|(?:{numbersZh}){{1,3}})(?:{peopleZh})[^,;.!?，。；！？\s]*";
        }

        // Bounded on purpose: a separator is one character (not itself followed by "\s*", which made every position of a
        // long run of spaces scan to its end), the words before a headcount are a clause's few (40 characters in English, 12
        // in Chinese) and a Chinese count at most three characters ("十几"): unbounded, an 8,000-character message took
        // seconds (RegexBacktrackingTests).
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static string Alternation(IEnumerable<string> words, bool english) =>
        string.Join("|", words.OrderByDescending(w => w.Length).Select(w => english ? Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal) : Regex.Escape(w)));

    private sealed class ContextFile
    {
        [YamlDotNet.Serialization.YamlMember(Alias = "headcount")]
        public HeadcountWords Headcount { get; set; } = new();

        [YamlDotNet.Serialization.YamlMember(Alias = "opens")]
        public Dictionary<string, List<string>> Opens { get; set; } = [];
    }

    private sealed class HeadcountWords
    {
        [YamlDotNet.Serialization.YamlMember(Alias = "numbers")]
        public Dictionary<string, List<string>> Numbers { get; set; } = [];

        [YamlDotNet.Serialization.YamlMember(Alias = "people")]
        public Dictionary<string, List<string>> People { get; set; } = [];
    }
}
