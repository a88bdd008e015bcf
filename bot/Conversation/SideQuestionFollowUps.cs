using CrossBorderBot.Answers;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// The message right after a side question read as a follow-up of it: a question that points back ("how much does that
/// cost?") is asked about the last answer's topic (<see cref="SideQuestionFollowUp"/>), and a place swapped in ("德国呢",
/// "and for germany?", "what about japan?") asks the question just answered again for that place
/// (<see cref="PlaceSwappedIn"/>). Either way the bot says which question it took, and the message is that question.
/// </summary>
internal static class SideQuestionFollowUps
{
    /// <summary>
    /// The message as the question it follows up, which the bot has said; null when it follows up none (the message is
    /// read as it is). Called only right after a side question; <paramref name="lastQuestion"/> is that question's text
    /// (null in a conversation stored before it was kept).
    /// </summary>
    public static async Task<RecognizedMessage?> ReadAsync(
        DialogContext dc, KnowledgeAnswerer answerer, CrossBorderRecognizer recognizer, ConversationProfile profile,
        TurnUnderstanding understanding, string? lastQuestion, CancellationToken cancellationToken)
    {
        var text = understanding.Message.Text;
        var locale = dc.Context.Activity.Locale;
        string? asked = null;
        if (lastQuestion is not null && understanding.Purpose is MessagePurpose.Question or MessagePurpose.Unclear
            && PlaceSwappedIn.Swap(lastQuestion, question => recognizer.Understand(question, locale), understanding.Message,
                placeAloneSwaps: dc.ActiveLeafDialog?.Id == DialogIds.AskQuestionAnother) is { } swapped)
        {
            asked = swapped;
            await dc.Context.SendActivityAsync(SideQuestionFollowUp.TopicLine(swapped, profile.KnownLanguage()), cancellationToken: cancellationToken);
        }
        else if (understanding.Purpose == MessagePurpose.Question && SideQuestionFollowUp.IsFollowUp(text)
            && await answerer.LastTopicAsync(dc.Context, cancellationToken) is { } topic)
        {
            asked = SideQuestionFollowUp.Complete(text, topic);
            await dc.Context.SendActivityAsync(SideQuestionFollowUp.TopicLine(topic, profile.KnownLanguage()), cancellationToken: cancellationToken);
        }

        return asked is null ? null : recognizer.Understand(asked, locale);
    }
}
