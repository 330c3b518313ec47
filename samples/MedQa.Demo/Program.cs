using MedQa.Rendering;
using MedQa.Samples;

// Prints the seed thread (the page MedQa was modelled on) as plain text: the question, the answers most helpful
// first with their vote displays and physician lines, and the medical disclaimer, which is always included.
PlainTextRenderer.Default.Render(SeedThread.Build(), Console.Out);
