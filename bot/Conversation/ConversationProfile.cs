using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// What the bot remembers about a conversation outside its dialog stack (kept in conversation state). Members added
/// after the first release are left out of the stored document while null (System.Text.Json's <c>JsonIgnore</c>
/// when writing null, which both state writers honour: see <see cref="Storage.StateContractResolver"/>), so
/// conversations that never set them keep their documents byte for byte.
/// </summary>
public sealed class ConversationProfile
{
    /// <summary>Set once the welcome was sent, so a second conversationUpdate (Web Chat sends several) stays quiet.</summary>
    public bool Welcomed { get; set; }

    /// <summary><see cref="ReplyLanguage.English"/> or <see cref="ReplyLanguage.Chinese"/>; null until known.</summary>
    public string? Language { get; set; }

    /// <summary>The reply language the stored tag names, else <paramref name="channel"/> (the language the channel's
    /// locale names), else English (a method, so the stored shape stays the tag alone).</summary>
    public BotLanguage KnownLanguage(BotLanguage channel = default) => Language is null ? channel : BotLanguage.Of(Language);

    /// <summary>The last message that named a destination (a country or region), for the next guide; null until one did.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? PlaceMessage { get; set; }

    /// <summary>The last message that named a product category, for the next guide; null until one did.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? ProductMessage { get; set; }

    /// <summary>True when the last message was a side question that was answered (see <see cref="SideQuestionFollowUp"/>); null otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public bool? AskedAside { get; set; }

    /// <summary>The side question the last message asked, as it was answered (see <see cref="SideQuestionFollowUps"/>); null otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? AsideQuestion { get; set; }

    /// <summary>The guide whose saved plan the last message recalled at the menu (see <see cref="SavedPlanRecall"/>); null otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? RecalledPlan { get; set; }

    /// <summary>What the last message left for this one to refer to (a side question answered, a plan recalled), cleared: it holds for one message only.</summary>
    public (bool AskedAside, string? AsideQuestion, string? RecalledPlan) TakeLastTurn()
    {
        var last = (AskedAside == true, AsideQuestion, RecalledPlan);
        AskedAside = null;
        AsideQuestion = null;
        RecalledPlan = null;
        return last;
    }

    /// <summary>
    /// Remembers the message for what it names, so a guide started later fills it in instead of asking again. The
    /// newest message naming a place (or a product) replaces the one before: the newest word wins. A question names
    /// them only when it tells the seller's own plans ("we make mugs for France, where do we begin?"), not when it asks
    /// about the world ("what is France's VAT?"); a question about another option ("would Spain be cheaper?") names none.
    /// </summary>
    public void Note(TurnUnderstanding understanding)
    {
        var message = understanding.Message;
        if ((understanding.Purpose == MessagePurpose.Question && !SellerStatement.Describes(message.Text)) || understanding.Purpose == MessagePurpose.QuestionForTheResult)
        {
            return;
        }

        if (message.Entities.Locations.Count > 0)
        {
            PlaceMessage = message.Text.Trim();
        }

        if (message.Entities.Categories.Count > 0)
        {
            ProductMessage = message.Text.Trim();
        }
    }

    /// <summary>The remembered messages, the product's first, each once.</summary>
    public IReadOnlyList<string> EarlierTexts() =>
        new[] { ProductMessage, PlaceMessage }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The words the user typed for the product category <paramref name="categoryId"/> in the last message that named a
    /// product ("cosmetics", "化妆品"), read with <paramref name="understand"/>; null when that message named another.
    /// </summary>
    public string? WordsFor(string categoryId, Func<string, RecognizedMessage> understand) =>
        ProductMessage is { } said
            ? understand(said).Entities.Categories.FirstOrDefault(c => string.Equals(c.Id, categoryId, StringComparison.OrdinalIgnoreCase))?.Text
            : null;

    /// <summary>Stores the reply language as its tag and gives it back.</summary>
    public BotLanguage Remember(BotLanguage language)
    {
        Language = language.Tag;
        return language;
    }
}
