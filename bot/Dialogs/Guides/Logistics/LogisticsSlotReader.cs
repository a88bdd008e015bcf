using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Reads a message for every question of the logistics guide: weight, size, value and places from the recognizer's
/// entities, the size pattern ("35*25*25 cm"), the rest from the slot vocabulary — and, for the question waiting,
/// its short answers and "don't know" (with the default said). Then merges what it read into the answers so far.
/// </summary>
public sealed partial class LogisticsSlotReader(KnowledgeBase knowledgeBase, GuideLocationResolver locations, SlotVocabulary vocabulary, TimeProvider? time = null)
{
    private readonly GuidePlaceReader _places = new(knowledgeBase, locations, vocabulary);
    private readonly PlaceCurrency _placeCurrency = new(knowledgeBase);

    // The router's reading (no question waiting) and the guide's (its question waiting) of one message name the same places
    // and hold the same facts whatever question waits: each is read once per message.
    private readonly MessageReadings<bool, GuidePlaces> _placesRead = new();
    private readonly MessageReadings<bool, ParcelMessageFacts> _factsRead = new();

    /// <summary>The names sellers call channels by, for the urgency question and the "why not X?" explanation.</summary>
    public LogisticsChannelNames ChannelNames { get; } = new(knowledgeBase, vocabulary);

    public const string Weight = "weight";
    public const string Size = "size";
    public const string Value = "value";
    public const string Destination = "destination";
    public const string Category = "category";
    public const string Urgency = "urgency";
    public const string Tracking = "tracking";
    public const string Returns = "returns";
    public const string Goods = "goods";

    /// <summary>Above this a "parcel" is freight: the advisors' channels would all refuse it anyway.</summary>
    public const decimal MaxWeightKg = 10_000m;

    // Each slot with whether a reading answers it, in the order the guide asks them.
    private static readonly (string Name, Func<LogisticsAnswers, bool> IsAnswered)[] SlotsAnswered =
    [
        (Weight, read => read.WeightKg is not null || read.Cartons is not null),
        (Size, read => read.Size is not null),
        (Value, read => read.ValueAmount is not null),
        (Destination, read => read.Destination is not null),
        (Category, read => read.Category is not null),
        (Urgency, read => read.Urgency is not null),
        (Tracking, read => read.NeedsTracking is not null),
        (Returns, read => read.NeedsReturns is not null),
        (Goods, read => read.Goods is not null),
    ];

    /// <summary>What the message gives, as answers (null where it gives nothing), and which of them were defaults.</summary>
    public (LogisticsAnswers Read, HashSet<string> Defaults) Read(string text, MessageEntities entities, string? waitingSlot)
    {
        var defaults = new HashSet<string>(StringComparer.Ordinal);
        var facts = _factsRead.Get(text, true, entities, _ => ParcelMessageFacts.Read(text, entities, knowledgeBase, vocabulary, ChannelNames, Today));
        entities = facts.Entities;
        var said = _placesRead.Get(text, waitingSlot == Destination, entities, atDestination => _places.Read(facts.PlaceText, facts.PlaceEntities, atDestination));
        var places = said.Ids;

        // A region named alone ("southeast asia", "the gulf states") is several destinations: the result is for its first
        // market and the others are offered, none dropped. Beside other places ("欧美") it stays one destination.
        if (places is [var only] && said.GroupWords is null)
        {
            places = [.. locations.MarketsOf(only)];
        }

        // A place read through a slip in its name, or a group's countries, are said back as assumed even as the reply to
        // the place question, so a wrong guess is seen and corrected.
        if (said.SaysBack && places.Count > 0 && waitingSlot == Destination)
        {
            defaults.Add(Destination);
        }

        var money = facts.Money;
        var (valueAmount, valueCurrency) = (facts.ParcelValue, money?.Currency.ToUpperInvariant());

        // "forty five pounds" at the value question is money: the reader takes a bare "pounds" for a weight, but the
        // question asks for an amount, and the weight was asked before.
        var weights = entities.Weights;
        if (money is null && waitingSlot == Value && weights.FirstOrDefault(ParcelValueInPounds.SaidInPounds) is { } pounds)
        {
            var sterling = ParcelValueInPounds.AsSterling(pounds);
            (valueAmount, valueCurrency) = (sterling.Amount, sterling.Currency);
            weights = weights.Where(w => w != pounds).ToList();
        }

        // "货值十来万人民币", "a few hundred bucks" at the value question: an amount said by its size only is a round figure of
        // that size, in the currency named or, said as assumed, the one the merge takes.
        if (money is null && waitingSlot == Value && vocabulary.RelativeAmounts.Vague(text) is { } vague)
        {
            (valueAmount, valueCurrency) = (vague.Amount, vague.Currency);
            if (vague.Currency is null)
            {
                defaults.Add(Value);
            }
        }

        // "not sure", "we haven't priced it yet" at the value question: the vocabulary's default value, said as assumed, so
        // duties can still be estimated and the user sees what to correct.
        if (money is null && waitingSlot == Value && vocabulary.SaysNotGiven(Value, text)
            && vocabulary.DefaultOf(Value)?.Split(' ') is [var amount, var currency]
            && decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var assumed))
        {
            (valueAmount, valueCurrency) = (assumed, currency);
            defaults.Add(Value);
        }
        // "货值两百": the recognizer gives a currency no one typed; the merge assumes one and says it.
        if (facts.MoneySaidBare)
        {
            valueCurrency = null;
            defaults.Add(Value);
        }

        // "two hundred", "两百", "about 200" at the value question: the amount, in the currency the merge assumes and says.
        if (waitingSlot == Value && facts.AmountAlone is { } bare)
        {
            (valueAmount, valueCurrency) = (bare, null);
            defaults.Add(Value);
        }

        // "no battery, it's hand cranked" at the tracking question: a yes or no that opens a clause about another question's
        // topic answers that question, so the yes/no question waiting reads the message as any other question would; so
        // does a faster way asked for ("any faster option? we can pay more" is about the speed, not the tracking).
        // So does a speed that opens the message ("不急", "一周左右能到最好", "no rush on our side"): it answers the speed question.
        var yesNoWaiting = waitingSlot is Tracking or Returns
            && (OpensAboutAnotherQuestion(text, waitingSlot) || OpensWithASpeed(text, waitingSlot)
                || ((facts.AsksForFaster || facts.AsksForSlower) && !vocabulary.NamesTopic(waitingSlot, text)))
            ? null
            : waitingSlot;

        var size = facts.Size;
        if (size is null && waitingSlot == Size && (vocabulary.IsUnknown(text, Size) || vocabulary.ReadAnswer(Size, text) is not null))
        {
            size = ParcelSizeAnswer.Skip;
        }

        // "2 kg to italy, no dims, standard": a size said not to be known, in a clause of its own, at any question.
        if (size is null && waitingSlot != Size && facts.SizeSaidNotKnown)
        {
            size = ParcelSizeAnswer.Skip;
        }

        var weight = weights.FirstOrDefault(w => w.Kilograms is > 0 and <= MaxWeightKg)?.Kilograms;
        var cartons = facts.Cartons;
        var weightIsTotal = weight is not null && facts.WeightSaidTotal;
        var read = new LogisticsAnswers
        {
            // "3 cartons, 36 kg in total" is the shipment's weight, shared out; "3 cartons of 12 kg" is one carton's, as the
            // weight question asks for one parcel (said back, so a total taken for one carton is seen and corrected).
            WeightKg = cartons is { } count && weightIsTotal ? Math.Round(weight!.Value / count, 3) : weight,
            Cartons = cartons,
            WeightIsShipmentTotal = cartons is null && weightIsTotal,
            Size = size,
            ValueAmount = valueAmount,
            ValueCurrency = valueCurrency,
            ValueSaidAs = valueCurrency is null ? null : money?.Text,
            Destination = places.FirstOrDefault(),
            OtherDestinations = places.Count > 1 ? places.Skip(1).ToList() : null,
            DestinationWords = places.Count > 0 ? said.GroupWords : null,
            // "杯子…没电池": a category named only to deny it is not the parcel's; "带锂电池的蓝牙耳机": what the product holds is its goods.
            Category = facts.Category,
            // "buyers may return within 30 days": a time said about returns is their window, not the delivery time.
            Urgency = EnumWords.Read<ShippingUrgency>(vocabulary.ReadValue(Urgency, SpeedText(text, waitingSlot, facts), waitingSlot, defaults)) ?? facts.ChannelUrgency
                ?? (facts.NamesReturns ? null : facts.DeliverySpeed)
                ?? (facts.AsksForFaster ? ShippingUrgency.Fast : facts.AsksForSlower ? ShippingUrgency.Economy : null),
            NeedsTracking = vocabulary.ReadYesNo(Tracking, text, yesNoWaiting, defaults),
            NeedsReturns = vocabulary.ReadYesNo(Returns, text, yesNoWaiting, defaults),
            // "just clothes, nothing special" at the batteries-or-liquids question: a product named with no battery or liquid
            // words answers "neither"; so do goods said to be only what they are made of ("its only merino wool, nothing
            // else", "就是真丝的，别的没有"). The battery and liquid words are read first, so "a lamp with a battery" still says so.
            Goods = EnumWords.Read<ParcelGoods>(vocabulary.ReadValue(Goods, text, waitingSlot, defaults))
                ?? (waitingSlot == Goods && (facts.NamesAProduct || facts.SaysOnlyWhatItIsMadeOf) ? ParcelGoods.None : null),
        };
        // "i only want to know the day it lands" at the tracking question: a reply in the seller's own words that no phrase
        // placed and that answers no other question takes the option it leans to or shares the most words with, said back as
        // assumed.
        if (waitingSlot is Urgency or Tracking or Returns && (waitingSlot == Urgency || yesNoWaiting == waitingSlot) && AnswersNothing(read)
            && !vocabulary.IsAboutAnotherQuestion(waitingSlot, [Urgency, Tracking, Returns, Goods], text)
            && vocabulary.GuessAnswer(waitingSlot, text) is { } guess)
        {
            read = waitingSlot switch
            {
                Urgency => read with { Urgency = EnumWords.Read<ShippingUrgency>(guess) },
                Tracking => read with { NeedsTracking = SlotVocabulary.YesOrNo(guess) },
                _ => read with { NeedsReturns = SlotVocabulary.YesOrNo(guess) },
            };
            defaults.Add(waitingSlot);
        }

        return (read, defaults);
    }

    /// <summary>
    /// The message without its clauses about returns, where the speed is read: "i take returns within 14 days", "七天之内可以退"
    /// give the returns window, a length of time the speed's own words ("within 14 days") would otherwise take as the delivery
    /// time. At the speed question the whole message is its answer.
    /// </summary>
    private string SpeedText(string text, string? waitingSlot, ParcelMessageFacts facts)
    {
        if (!facts.NamesReturns || waitingSlot == Urgency)
        {
            return text;
        }

        var clauses = SlotClauses.Of(SlotVocabulary.Normalize(text)).Where(clause => !vocabulary.NamesTopic(Returns, clause)).ToList();
        return string.Join(", ", clauses);
    }

    // Nothing of the message was read for any question: a best guess at the question waiting cannot override a fact said.
    private static bool AnswersNothing(LogisticsAnswers read) =>
        read is { WeightKg: null, Cartons: null, Size: null, ValueAmount: null, Destination: null, Category: null, Urgency: null, NeedsTracking: null, NeedsReturns: null, Goods: null };

    /// <summary>
    /// True when a what-if after the result names another product than <paramref name="category"/> as the parcel's
    /// ("what if it were perfume instead?", "换成香水呢", "and for shoes?"), not only what the parcel holds ("what if it has
    /// a battery?" answers the batteries question): a product named in battery or liquid words counts only with "instead".
    /// </summary>
    public bool IsProductSwitch(RecognizedMessage message, string? category)
    {
        var named = NamedCategories.Of(message.Entities, message.Text).FirstOrDefault(c => knowledgeBase.FindCategory(c.Id) is not null);
        return named is not null && !string.Equals(named.Id, category, StringComparison.OrdinalIgnoreCase)
            && (InsteadWord().IsMatch(message.Text) || vocabulary.ReadAnywhere(Goods, named.Text) is null);
    }

    /// <summary>
    /// True when the speed the message gives comes only from another speed asked for ("anything quicker?", "can we go slower
    /// and save?"): the guide takes it one step up or down from the speed chosen (<see cref="SpeedWish"/>).
    /// </summary>
    public bool SpeedOnlyWished(string text, string? waitingSlot) =>
        SpeedWish.AsksForAnotherSpeed(text) && vocabulary.ReadValue(Urgency, text, waitingSlot, new HashSet<string>()) is null
        && ChannelUrgency(text) is null && DeliveryTimeSpeed.Of(text, Today) is null;

    /// <summary>How many of the guide's questions the message answers, read clearly (not as short answers).</summary>
    public int SlotsRead(RecognizedMessage message)
    {
        var (read, _) = Read(message.Text, message.Entities, waitingSlot: null);
        return Slots(read).Count();
    }

    /// <summary>The answers with what was read put in, and what changed in words.</summary>
    public (LogisticsAnswers Merged, SlotChanges Changes) Merge(LogisticsAnswers current, LogisticsAnswers read, HashSet<string> defaults, string? waitingSlot, BotLanguage language)
    {
        // An amount with no currency is in yuan for a seller writing Chinese, else in US dollars — and said as assumed.
        if (read.ValueAmount is not null && read.ValueCurrency is null)
        {
            read = read with { ValueCurrency = language.IsChinese ? "CNY" : "USD" };
        }

        // "about 6000 pesos" for a parcel to Manila: a currency name the destination's money shares is the destination's.
        if (_placeCurrency.Follow(read.ValueCurrency, read.ValueSaidAs, read.Destination ?? current.Destination) is { } local)
        {
            read = read with { ValueCurrency = local };
        }

        return SlotMerge.Apply(current, Slots(read).ToList(), (slot, answers) => Set(slot, answers, read), (slot, answers) => Describe(slot, answers, language), defaults, waitingSlot, slot => Label(slot, language) is { Length: > 0 } label ? label + " " : string.Empty);
    }

    /// <summary>A slot's answer as the user is told it ("3 kg", "Germany", "Fast (express)"); null when not known.</summary>
    public string? Describe(string slot, LogisticsAnswers answers, BotLanguage language)
    {
        var text = LogisticsGuideText.For(language);
        var common = GuideCommonText.For(language);
        return slot switch
        {
            Weight => LogisticsResultBuilder.ShipmentWeight(answers, language),
            Size => answers.Size switch
            {
                null => null,
                { Skipped: true } => $"{text.Dimensions}: {text.NotGiven}",
                var s => string.Create(CultureInfo.InvariantCulture, $"{s.LengthCm:0.#} × {s.WidthCm:0.#} × {s.HeightCm:0.#} cm"),
            },
            Value => answers.ValueAmount is { } amount ? LogisticsResultBuilder.Amount(amount, answers.ValueCurrency ?? "USD") : null,
            Destination => answers.Destination is { } place
                ? _places.Say(new[] { place }.Concat(answers.OtherDestinations ?? []), answers.DestinationWords, language)
                : null,
            Category => answers.Category is { } id && knowledgeBase.FindCategory(id)?.Name.Get(language) is { } name
                ? (language.IsChinese ? name : name.ToLowerInvariant())
                : null,
            Urgency => answers.Urgency is { } urgency ? text.Label(urgency) : null,
            Tracking => answers.NeedsTracking is { } tracking ? $"{text.Tracking}: {(tracking ? common.Yes : common.No)}" : null,
            Returns => answers.NeedsReturns is { } returns ? $"{text.Returns}: {(returns ? common.Yes : common.No)}" : null,
            Goods => answers.Goods switch
            {
                // "Neither" and "Both" say nothing alone: they are named with their question.
                ParcelGoods.None or ParcelGoods.Both => $"{text.Goods}: {text.Label(answers.Goods.Value)}",
                { } goods => text.Label(goods),
                null => null,
            },
            _ => null,
        };
    }

    private static string Label(string slot, BotLanguage language)
    {
        var text = LogisticsGuideText.For(language);
        var label = slot switch
        {
            Weight => text.Weight,
            Value => text.DeclaredValue,
            Destination => text.Destination,
            Category => text.Category,
            Urgency => text.Urgency,
            _ => null,
        };
        return label is null ? string.Empty : label + (language.IsChinese ? "：" : ":");
    }

    private static IEnumerable<string> Slots(LogisticsAnswers read) =>
        SlotsAnswered.Where(slot => slot.IsAnswered(read)).Select(slot => slot.Name);

    private static LogisticsAnswers Set(string slot, LogisticsAnswers answers, LogisticsAnswers read) => slot switch
    {
        Weight => WithWeight(answers, read),
        Size => answers with { Size = read.Size },
        Value => answers with { ValueAmount = read.ValueAmount, ValueCurrency = read.ValueCurrency },
        Destination => answers with
        {
            Destination = read.Destination,
            OtherDestinations = read.OtherDestinations ?? answers.OtherDestinations?.Where(id => !string.Equals(id, read.Destination, StringComparison.OrdinalIgnoreCase)).ToList(),
            DestinationWords = read.DestinationWords,
        },
        Category => answers with { Category = read.Category },
        Urgency => answers with { Urgency = read.Urgency },
        Tracking => answers with { NeedsTracking = read.NeedsTracking },
        Returns => answers with { NeedsReturns = read.NeedsReturns },
        Goods => answers with { Goods = read.Goods },
        _ => answers,
    };

    // A carton count alone ("what if it's 3 of those cartons?") keeps one carton's weight; a weight said for the whole
    // shipment without its count ("36 kg in total") is shared out over the cartons already known.
    private static LogisticsAnswers WithWeight(LogisticsAnswers answers, LogisticsAnswers read)
    {
        var cartons = read.Cartons ?? answers.Cartons;
        var weight = read.WeightKg is { } kg && read.WeightIsShipmentTotal && cartons is > 1 ? Math.Round(kg / cartons.Value, 3) : read.WeightKg ?? answers.WeightKg;
        return answers with { WeightKg = weight, Cartons = cartons };
    }

    // True when the message's first clause names the topic of another yes/no or goods question than the one waiting, and
    // not the waiting one's ("no battery", "没有电池，都是布料" at the tracking question).
    private bool OpensAboutAnotherQuestion(string text, string waitingSlot) =>
        SlotClauses.Of(SlotVocabulary.Normalize(text)).FirstOrDefault(clause => clause.Trim().Length > 0) is { } opening
        && !vocabulary.NamesTopic(waitingSlot, opening)
        && new[] { Tracking, Returns, Goods }.Any(other => other != waitingSlot && vocabulary.NamesTopic(other, opening));

    // True when the message's first clause gives a speed (the speed words, or a delivery time) and does not name the waiting
    // question's topic: "不急" at the tracking question says how fast, not whether to track ("tracking not needed, cheapest
    // is fine" names tracking first and answers it).
    private bool OpensWithASpeed(string text, string waitingSlot) =>
        SlotClauses.WithStarts(SlotVocabulary.Normalize(text)).Select(clause => clause.Clause.Trim()).FirstOrDefault(clause => clause.Length > 0) is { } opening
        && !vocabulary.NamesTopic(waitingSlot, opening)
        && (vocabulary.ReadAnywhere(Urgency, opening) is not null || DeliveryTimeSpeed.Of(opening, Today) is not null);

    // The turn's date, for a deadline said by a named day ("before black friday"): the house's clock, which tests can set.
    private DateOnly Today => DateOnly.FromDateTime((time ?? TimeProvider.System).GetUtcNow().UtcDateTime);

    // "something like DHL or FedEx", "邮政小包就行": a channel named for the parcel stands for the speed it gives.
    private ShippingUrgency? ChannelUrgency(string text) =>
        ChannelNames.NamedIn(text) is { } channel ? LogisticsChannelNames.UrgencyOf(channel) : null;

    // A product put in place of the one shown: "instead", "rather", "换成", "改成", "改为", "换为".
    [GeneratedRegex(@"\binstead\b|\brather\b|换成|改成|改为|换为|换作", RegexOptions.IgnoreCase)]
    private static partial Regex InsteadWord();
}
