using System.Globalization;
using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Knowledge.Search;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// Questions about the bot's own readiness scale, answered from the scale itself rather than by word overlap: a score
/// ("what does my score of 72 mean", "我得了50分算什么水平") is placed in the level whose range holds it; "what are the
/// readiness levels" lists the levels with their ranges; "which areas does the readiness score look at" lists the
/// dimensions; a level's own name given as a result ("I got 'ready to scale'") is that level. The words of these questions
/// ("score", "level", "分") are too common for full-text ranking to tell the levels apart.
/// </summary>
internal sealed partial class ReadinessScale(KnowledgeBase kb, AnswerEntryCatalog catalog, AnswerComposer composer)
{
    /// <summary>The scale's answer to the question, or null when it is not about the scale.</summary>
    public KnowledgeAnswer? Answer(QuestionAnalysis q, DateOnly today)
    {
        var levels = kb.Readiness.Levels.OrderBy(l => l.MinScore).ToList();
        // A platform's or channel's fit score, or a market named, is another result's scale.
        if (levels.Count == 0 || q.Entities.Count > 0 || OtherScore().IsMatch(q.Text))
        {
            return null;
        }

        // "my readiness score fell from 60 to 48", "why is my score only 30": why the user's own result is what it is, or why it
        // changed, is the result's to say, not the scale's; so is what an earlier result said ("上周你给我的报告里…多少分").
        if (ScoreChange().IsMatch(q.Text) || PastResult().IsMatch(q.Text))
        {
            return null;
        }

        if (ScoreWord().IsMatch(q.Text) && Score(q.Text) is { } score)
        {
            var level = levels.Last(l => l.MinScore <= score);
            return Level(q, level, today, ScoreLead(q.Language, score, level, levels));
        }

        if (levels.FirstOrDefault(l => NamesLevel(q.Text, l)) is { } named && (ReadinessWord().IsMatch(q.Text) || GivenAsResult().IsMatch(q.Text)))
        {
            return Level(q, named, today, lead: null);
        }

        // "what does the logistics dimension measure", "准备度里资金这个维度看什么": a dimension named beside the word is that
        // dimension, not the list of all of them; so is one named beside the readiness check in the user's own words for a
        // part of it ("the capital part", "品牌和知识产权那项", "供应链这一项", "the logistics score in my readiness result").
        // "the capital score", "the supply chain part of the check", "资金那一项": the name written with a word for a part of the
        // check names the dimension as "dimension" does. "How much does it weigh", "权重": the weight is the answer's lead.
        if (NamedDimension(q.Text) is { } dimension && (DimensionWord().IsMatch(q.Text) || ReadinessWord().IsMatch(q.Text) || NamedAsAPart(q.Text, dimension))
            && catalog.Find(SearchEntryType.ReadinessDimension, dimension.Id) is { } dimensionEntry)
        {
            var answer = composer.Compose(q, dimensionEntry, 1, today);
            var weight = ReadinessText.DimensionWeight(kb.Readiness, dimension).Get(q.Language);
            return WeightAsked().IsMatch(q.Text)
                ? answer with { Lead = weight, Details = [answer.Lead, .. answer.Details.Where(d => d != weight)] }
                : answer;
        }

        if (!ReadinessWord().IsMatch(q.Text))
        {
            return null;
        }

        if (DimensionsWord().IsMatch(q.Text) && kb.Readiness.Dimensions.Count > 0)
        {
            var dimensions = kb.Readiness.Dimensions.Select(d => catalog.Find(SearchEntryType.ReadinessDimension, d.Id)).OfType<AnswerEntry>().ToList();
            var zh = KnowledgeLanguage.IsChinese(q.Language);
            var names = string.Join(zh ? "、" : ", ", kb.Readiness.Dimensions.Select(d => d.Name.Get(q.Language)));
            var lead = zh ? $"准备度评估看 {kb.Readiness.Dimensions.Count} 个维度：{names}。" : $"The readiness assessment looks at {kb.Readiness.Dimensions.Count} dimensions: {names}.";
            return List(q, lead, dimensions, [.. dimensions.Select(d => d.Title.Get(q.Language) + (zh ? "：" : ": ") + d.Summary.Get(q.Language))]);
        }

        if (LevelsWord().IsMatch(q.Text) && !levels.Any(l => NamesLevel(q.Text, l)))
        {
            var entries = levels.Select(l => catalog.Find(SearchEntryType.ReadinessLevel, l.Id)).OfType<AnswerEntry>().ToList();
            var zh = KnowledgeLanguage.IsChinese(q.Language);
            var named2 = string.Join(zh ? "；" : "; ", levels.Select(l => $"{l.Name.Get(q.Language)} ({Range(l, levels)})"));
            var lead = zh ? $"准备度分为 {levels.Count} 个等级（满分 100）：{named2}。" : $"The readiness result has {levels.Count} levels (scores out of 100): {named2}.";
            return List(q, lead, entries, [.. levels.Select(l => l.Name.Get(q.Language) + (zh ? "：" : ": ") + (l.Summary ?? l.Name).Get(q.Language))]);
        }

        return null;
    }

    private KnowledgeAnswer? Level(QuestionAnalysis q, ReadinessLevel level, DateOnly today, string? lead)
    {
        if (catalog.Find(SearchEntryType.ReadinessLevel, level.Id) is not { } entry)
        {
            return null;
        }

        var answer = composer.Compose(q, entry, 1, today);
        return lead is null ? answer : answer with { Lead = lead, Details = [answer.Lead, .. answer.Details.Where(d => !lead.Contains(d, StringComparison.Ordinal))], TypedFact = true };
    }

    private static KnowledgeAnswer List(QuestionAnalysis q, string lead, IReadOnlyList<AnswerEntry> entries, IReadOnlyList<string> details) => new()
    {
        Answered = true,
        Language = q.Language,
        Analysis = q,
        Title = lead,
        Lead = lead,
        Details = details,
        Entries = [.. entries.Select(e => new AnswerEntryRef(e.Type, e.Id))],
        TopScore = 1,
        TypedFact = true,
    };

    private static string ScoreLead(string language, decimal score, ReadinessLevel level, IReadOnlyList<ReadinessLevel> levels)
    {
        var value = score.ToString("0.#", CultureInfo.InvariantCulture);
        return KnowledgeLanguage.IsChinese(language)
            ? $"准备度得分 {value} 分属于“{level.Name.Get(language)}”等级（{Range(level, levels)}）。"
            : $"A readiness score of {value} is in the level “{level.Name.Get(language)}” ({Range(level, levels)}).";
    }

    private static string Range(ReadinessLevel level, IReadOnlyList<ReadinessLevel> levels)
    {
        var from = level.MinScore.ToString("0.#", CultureInfo.InvariantCulture);
        var next = levels.Where(l => l.MinScore > level.MinScore).Select(l => (decimal?)l.MinScore).Min();
        return next is { } upper ? $"{from}–{(upper - 1).ToString("0.#", CultureInfo.InvariantCulture)}" : $"{from}–100";
    }

    // A score out of 100 (a year or an amount of money is no score).
    private static decimal? Score(string text) =>
        NumberReader.Read(text, skipYears: true).Where(n => n is >= 0 and <= 100).Cast<decimal?>().FirstOrDefault();

    // The dimension whose name the text writes — whole, or each of its parts ("团队语言" for "团队与语言") — the longest first.
    // A name of several parts may be written by its first part alone ("the brand part" for "Brand and IP") when no dimension's
    // whole name is written.
    private ReadinessDimension? NamedDimension(string text) =>
        kb.Readiness.Dimensions
            .Where(d => new[] { d.Name.En, d.Name.ZhCn }.Any(name => NameParts().Split(name).All(part => Writes(text, part.Trim()))))
            .OrderByDescending(d => d.Name.En.Length)
            .FirstOrDefault()
        ?? kb.Readiness.Dimensions
            .Where(d => new[] { d.Name.En, d.Name.ZhCn }.Any(name => NameParts().Split(name) is { Length: > 1 } parts && Writes(text, parts[0].Trim())))
            .OrderByDescending(d => d.Name.En.Length)
            .FirstOrDefault();

    // A Chinese part of four characters or more may be written with one left out ("数字能力" for "数字化能力").
    private static bool Writes(string text, string part) =>
        part.Length > 0 && (KnowledgeLanguage.ContainsCjk(part)
            ? text.Contains(part, StringComparison.Ordinal) || (part.Length >= 4 && Enumerable.Range(0, part.Length).Any(i => text.Contains(part.Remove(i, 1), StringComparison.Ordinal)))
            : Regex.IsMatch(text, $@"\b{Regex.Escape(part)}\b", RegexOptions.IgnoreCase));

    // A part of the dimension's name followed by a word for a part of the check ("capital score", "supply chain section",
    // "品牌和知识产权那一项"); not any sentence where the word appears ("which part of logistics is slow").
    private static bool NamedAsAPart(string text, ReadinessDimension dimension) =>
        new[] { dimension.Name.En, dimension.Name.ZhCn }.SelectMany(name => NameParts().Split(name)).Select(p => p.Trim()).Where(p => p.Length > 0)
            .Any(part => Regex.IsMatch(text, KnowledgeLanguage.ContainsCjk(part)
                ? $@"{Regex.Escape(part)}\s*(?:这一项|那一项|这项|那项|一项|这一块|那一块|这块|那块|得分|分数|权重|部分)"
                : $@"\b{Regex.Escape(part)}\s+(?:scores?|parts?|sections?|areas?|weights?|pillars?|items?)\b", RegexOptions.IgnoreCase));

    private static bool NamesLevel(string text, ReadinessLevel level) =>
        text.Contains(level.Name.En, StringComparison.OrdinalIgnoreCase) || text.Contains(level.Name.ZhCn, StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:score[sd]?|points?|readiness)\b|得分|分数|评分|打分|准备度|\d\s*分(?!钟|之)", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreWord();

    [GeneratedRegex(@"\breadiness\b|准备度|准备程度|准备情况|准备评估", RegexOptions.IgnoreCase)]
    private static partial Regex ReadinessWord();

    [GeneratedRegex(@"\blevels\b|\bwhat levels?\b|\bstages\b|等级|级别|几个档|水平", RegexOptions.IgnoreCase)]
    private static partial Regex LevelsWord();

    [GeneratedRegex(@"\bdimensions?\b|\bareas\b|\bfactors\b|\bcriteria\b|\blook(?:s)? at\b|\bmeasure[sd]?\b|维度|方面|哪些项|看什么|看哪些", RegexOptions.IgnoreCase)]
    private static partial Regex DimensionsWord();

    [GeneratedRegex(@"\bdimensions?\b|维度", RegexOptions.IgnoreCase)]
    private static partial Regex DimensionWord();

    [GeneratedRegex(@"\b(?:why|fell|fall|falls|dropped|drop|drops|went down|go(?:es)? down|decreased|lower than (?:last|before))\b|为什么|为啥|下降|降了|掉了|变低", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreChange();

    [GeneratedRegex(@"\byou (?:gave|sent|showed) (?:me|us)\b|\blast (?:week|time)\b|\byesterday\b|(?:你|您)(?:之前|上次|上周|昨天)?给(?:我|我们)的|上周|上次|昨天", RegexOptions.IgnoreCase)]
    private static partial Regex PastResult();

    [GeneratedRegex(@"\bweigh(?:s|t|ts|ted|ting)?\b|权重|比重|占比|占多少", RegexOptions.IgnoreCase)]
    private static partial Regex WeightAsked();

    [GeneratedRegex(@"\s+and\s+|与|和|&")]
    private static partial Regex NameParts();

    [GeneratedRegex(@"\b(?:got|get|gave|result|showed|shows|says)\b|得了|拿到|给了|结果|显示|评为|['""“”‘’]", RegexOptions.IgnoreCase)]
    private static partial Regex GivenAsResult();

    [GeneratedRegex(@"\bfit\b|\bmatch\b|\bcredit\b|\bseller rating\b|匹配|适配|信用|店铺评分|feedback", RegexOptions.IgnoreCase)]
    private static partial Regex OtherScore();
}
