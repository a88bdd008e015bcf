using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Replies;

namespace CrossBorderBot.Conversation;

/// <summary>The replies of <see cref="KnowledgeAnswerer"/>: an answer block, or an honest "not yet" that offers the guides.</summary>
public static class AnswerReply
{
    public static Reply For(KnowledgeAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Reply.Of(new AnswerBlock(
            answer.Lead,
            answer.Details,
            answer.More,
            [.. answer.Sources.Select(s => new ReplySource(s.Title, s.Publisher, s.Url, s.Reviewed))]));
    }

    public static Reply NotKnown(string language) => KnowledgeLanguage.IsChinese(language)
        ? Reply.Of(new ParagraphBlock(
            "这个问题我还不知道答案——知识库里还没有可靠的内容，我不想猜。我已记下这个问题，以便补充知识库。\n\n"
            + "您可以换个问法（例如点名市场、平台或标志），或者开始一个向导：**出海准备度评估**、**选择平台**、**选择物流**、**解决问题**。"))
        : Reply.Of(new ParagraphBlock(
            "I don't know that yet — my knowledge base has nothing reliable on it, and I'd rather not guess. I've noted the question so it can be added.\n\n"
            + "You can ask it another way (name the market, platform or mark), or start a guide: **readiness check**, **choose a platform**, **choose logistics** or **fix an issue**."));
}
