using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// What a message says about a parcel whatever question waits: its entities (a "pounds" amount read as sterling where it
/// is one), the text and entities its places are read from, the money, size, cartons, category, speed words and goods
/// words it holds. The router reads a message with no question waiting and the guide reads it again with its question, so
/// <see cref="LogisticsSlotReader"/> reads these once per message and only the parts that depend on the question each time.
/// </summary>
internal sealed partial record ParcelMessageFacts(
    MessageEntities Entities,
    string PlaceText,
    MessageEntities PlaceEntities,
    MoneyEntity? Money,
    decimal? ParcelValue,
    bool MoneySaidBare,
    decimal? AmountAlone,
    ParcelSizeAnswer? Size,
    bool SizeSaidNotKnown,
    int? Cartons,
    bool WeightSaidTotal,
    string? Category,
    bool NamesAProduct,
    ShippingUrgency? ChannelUrgency,
    bool NamesReturns,
    ShippingUrgency? DeliverySpeed,
    bool AsksForFaster,
    bool AsksForSlower,
    bool SaysOnlyWhatItIsMadeOf)
{
    public static ParcelMessageFacts Read(string text, MessageEntities original, KnowledgeBase knowledgeBase, SlotVocabulary vocabulary, LogisticsChannelNames channelNames, DateOnly? today = null)
    {
        var entities = ParcelValueInPounds.Of(original, text);
        // "跟上次发东京的一样重", "same weight as our german orders": a place said of another parcel is no destination, nor is
        // where the seller is from ("we're a uk company, how should we ship…").
        var (homeText, homeEntities) = PlacesSaidOfSomethingElse.WithoutSellersHome(text, entities);
        var (placeText, placeEntities) = PlacesSaidOfSomethingElse.Without(homeText, homeEntities, PlacesSaidOfSomethingElse.AnotherShipment, keepWhenNoneLeft: true);
        var money = entities.Money.FirstOrDefault(m => m.Amount > 0 && knowledgeBase.ExchangeRates.Knows(m.Currency));
        var named = NamedCategories.Of(entities, text);
        return new ParcelMessageFacts(
            entities,
            placeText,
            placeEntities,
            money,
            money is null ? null : PiecesPerParcel.ParcelValue(text, money) ?? money.Amount,
            money is not null && !string.IsNullOrWhiteSpace(text) && BareAmount.Read(money.Text) is not null,
            BareAmount.Read(text),
            ParcelSizePrompt.Parse(text) is { Skipped: false } parsed ? parsed : null,
            vocabulary.ReadAnywhere(LogisticsSlotReader.Size, text) is not null,
            CartonCount.Read(text),
            CartonCount.WeightIsTotal(text),
            named.Select(c => c.Id).FirstOrDefault(id => knowledgeBase.FindCategory(id) is not null),
            named.Count > 0,
            channelNames.NamedIn(text) is { } channel ? LogisticsChannelNames.UrgencyOf(channel) : null,
            vocabulary.NamesTopic(LogisticsSlotReader.Returns, text),
            DeliveryTimeSpeed.Of(text, today),
            SpeedWish.AsksForFaster(text),
            SpeedWish.AsksForSlower(text),
            OnlyWords().IsMatch(text));
    }

    // "its only merino wool, nothing else", "就是真丝的，别的没有": goods said to be only what they are made of.
    [GeneratedRegex(@"\b(?:only|just|purely|pure|solely|nothing\s+else|nothing\s+more|that'?s\s+(?:all|it))\b|就是|只是|只有|纯|别的没有|没别的|其他没有|其它没有|别的都没有|没有别的", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyWords();
}
