using MedQa;

Console.WriteLine(MedicalDisclaimer.Standard.Text);
