namespace MedQa.Samples;

/// <summary>
/// The real page MedQa was modelled on ("How Often Do People Experience Blood Clots During Sclerotherapy"),
/// built with the public API. Shared by the demo, the tests and the benchmarks as a linked source file.
/// </summary>
public static class SeedThread
{
    /// <summary>The question's title, as on the page.</summary>
    public const string Title = "How Often Do People Experience Blood Clots During Sclerotherapy";

    /// <summary>Builds the seed thread: the question, its four answers in the page's order, and the 911 disclaimer.</summary>
    public static QaThread Build() => new(
        new Question(
            "how-often-do-people-experience-blood-clots-during-sclerotherapy",
            Title,
            body: "When blood clots occur from sclerotherapy, how serious are they?",
            topic: "Sclerotherapy"),
        [
            new Answer(
                "naples-general-surgeon",
                "There is always a potential for sclerotherapy to lead to blood clots but the incidence is extremely rare.  Sclerotherapy itself does clot the veins that it treats which then dissolve over time.  The larger the vein treated, the more visible is the clot (this is why varicose veins treated by sclerotherapy become hard to touch). The risk of sclerotherapy is if the solution should get into the saphenous or deep system of veins and cause them to clot.  This is a rare occurrence because the solution becomes diluted in the larger veins and is usually rapidly moved along these veins to prevent stasis leading to the clot. In over 15 years of doing sclerotherapy I have only once seen a superficial phlebitis develop post treatment and never a DVT.",
                author: new Physician("naples-general-surgeon", specialty: "General Surgeon", city: "Naples")),
            new Answer(
                "risks-of-sclerotherapy",
                "Sclerotherapy destroys abnormal and unsightly veins. At times, blood is trapped within segments of those veins and needs to be removed to minimize the development of pigmentation after treatment. Sclerotherapy really does not produce blood clots and the trapped blood is NOT dangerous and does not travel. If sclerotherapy is not performed properly with the correct concentration of solution and the use of medical graduated compression stockings after treatment, blood clots can occur. This, fortunately, is extremely rare. Seeking professional help from a board certified dermatologist who is experienced in sclerotherapy treatment will greatly reduce your chances of experiencing any adverse effects following sclerotherapy. For more information, it's a good idea to schedule a consultation with a doctor to gain a better understanding of the treatment.",
                headline: "Risks of Sclerotherapy",
                author: new Physician(
                    "mitchel-p-goldman",
                    name: "Mitchel P. Goldman",
                    credentials: [Credential.MD],
                    specialty: "Dermatologic Surgeon",
                    city: "San Diego",
                    rating: new StarRating(4.9m, 26))),
            new Answer(
                "sclerotherapy-rarely-causes-dvt",
                "The risk of developing DVT after sclerotherapy is very small but it is a known risk factor and proper technique and use of sclerosant solutions is very important. Experience counts and a Board Certified specialist with added qualifications from the American Board of Venous and Lymphatic Medicine is very important when choosing someone who will perform this procedure. Follow-up appointments are also important for outcomes.",
                headline: "Sclerotherapy rarely causes DVT - deep vein thrombosis"),
            new Answer(
                "samir-shureih",
                """
                Sclerotherapy for very fine SPIDER veins do not get blood clots.

                In injecting RETICULAR veins, which are small blue veins under the skin may develope a blood clot. This clot is in the superficial system of veins and is not dangerous. It may leave the hemosiderin stain behind.

                Injecting the major SAPHENOUS system of  veins will and can result in deep venous thrombosis
                """,
                author: new Physician(
                    "samir-shureih",
                    name: "Samir Shureih",
                    credentials: [Credential.MD],
                    specialty: "Plastic Surgeon",
                    city: "Baltimore")),
        ],
        MedicalDisclaimer.Standard);
}
