using CrossBorderBot.Knowledge.Answering;

namespace CrossBorderBot.Answers;

/// <summary>
/// The replies of <see cref="KnowledgeAnswerer"/>: an answer block (with a "More…" button when the entry has more to
/// say), the rest of an answer when the user asks for it, or an honest "not yet" that offers the guides.
/// </summary>
public static class AnswerReply
{
    /// <summary>The verb of the "More…" button; its data carries the question and the language to answer it in again.</summary>
    public const string MoreVerb = ReplyVerbs.AnswerMore;

    public const string QuestionKey = "question";

    public const string LanguageKey = "language";

    public static Reply For(KnowledgeAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var zh = KnowledgeLanguage.IsChinese(answer.Language);
        var more = answer.More.Count == 0 ? null : new ReplyAction(
            zh ? "更多…" : "More…",
            MoreVerb,
            new Dictionary<string, string> { [QuestionKey] = answer.Analysis.Text, [LanguageKey] = answer.Language });
        return Reply.Of(new AnswerBlock(answer.Lead, answer.Details, answer.More, Sources(answer.Sources), answer.Caveats, more));
    }

    /// <summary>What "More…" sends: the rest of the entry, under its title, with the sources of that text only.</summary>
    public static Reply Rest(KnowledgeAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var zh = KnowledgeLanguage.IsChinese(answer.Language);
        var lead = zh ? $"关于{answer.Title}的更多内容：" : $"More on {answer.Title}:";
        return Reply.Of(new AnswerBlock(lead, answer.More, [], Sources(answer.MoreSources)));
    }

    public static Reply NothingMore(BotLanguage language) => Reply.Of(new ParagraphBlock(language.IsChinese
        ? "上一个回答已经是全部内容了。您可以换个问题问我。"
        : "That was all I have on it. Ask me something else any time."));

    /// <param name="offerGuides">False inside a guide: one is running, so only asking another way is offered.</param>
    public static Reply NotKnown(BotLanguage language, bool offerGuides = true) => language.IsChinese
        ? Reply.Of(new ParagraphBlock(
            "这个问题我还不知道答案——知识库里还没有可靠的内容，我不想猜。我已记下这个问题，以便补充知识库。\n\n"
            + (offerGuides ? "您可以换个问法（例如点名市场、平台或标志），或者开始一个向导：**出海准备度评估**、**选择平台**、**选择物流**、**解决问题**。" : "您可以换个问法（例如点名市场、平台或标志）。")))
        : Reply.Of(new ParagraphBlock(
            "I don't know that yet — my knowledge base has nothing reliable on it, and I'd rather not guess. I've noted the question so it can be added.\n\n"
            + (offerGuides ? "You can ask it another way (name the market, platform or mark), or start a guide: **readiness check**, **choose a platform**, **choose logistics** or **fix an issue**." : "You can ask it another way (name the market, platform or mark).")));

    /// <summary>
    /// Not answered, but the knowledge base can say why ("my record of Korea's rule starts on 2020-01-01", "HS chapters per
    /// category, not a product's code"): that explanation, then the same offer of the guides as <see cref="NotKnown"/>.
    /// What it quotes from the base ("What I do hold: …") is cited with its sources, as an answer is.
    /// </summary>
    public static Reply Explained(BotLanguage language, string guidance, IReadOnlyList<AnswerSource>? quoted = null, bool offerGuides = true)
    {
        var offer = language.IsChinese
            ? "您也可以开始一个向导：**出海准备度评估**、**选择平台**、**选择物流**、**解决问题**。"
            : "You can also start a guide: **readiness check**, **choose a platform**, **choose logistics** or **fix an issue**.";
        // An answer block's items may carry bold; its lead is plain. Inside a guide no guide is offered: one is running.
        return (quoted is { Count: > 0 }, offerGuides) switch
        {
            (true, true) => Reply.Of(new AnswerBlock(guidance, [offer], [], Sources(quoted!))),
            (true, false) => Reply.Of(new AnswerBlock(guidance, [], [], Sources(quoted!))),
            (false, true) => Reply.Of(new ParagraphBlock(guidance + "\n\n" + offer)),
            (false, false) => Reply.Of(new ParagraphBlock(guidance)),
        };
    }

    /// <summary>"Do I pay duty over there?" with no market named: the answer depends on the market, so ask which.</summary>
    public static Reply WhichMarket(BotLanguage language, IReadOnlyList<string> markets) => language.IsChinese
        ? Reply.Of(new ParagraphBlock(
            "这要看目的市场，各国的进口税、增值税和免税额度都不一样。您卖到哪个市场？我有这些市场的规则：" + string.Join("、", markets) + "。\n\n"
            + "带上市场再问一次即可，例如“德国要交关税吗”。"))
        : Reply.Of(new ParagraphBlock(
            "That depends on the market: import duty, VAT and the duty-free allowance differ from country to country. Which market do you sell to? I have the rules for "
            + string.Join(", ", markets) + ".\n\n"
            + "Ask again with the market, for example \"do I pay duty in Germany?\""));

    private static IReadOnlyList<ReplySource> Sources(IReadOnlyList<AnswerSource> sources) =>
        [.. sources.Select(s => new ReplySource(s.Title, s.Publisher, s.Url, s.Reviewed))];
}
