/** The module's name and what it is about, at the top of its first page (site and package). */
export function CourseIntro() {
  return (
    <>
      <p className="block__label">An e-learning module for medicine</p>
      <h1>Friend Request? Patients, physicians and social networks</h1>
      <p className="lede">
        What do you do when a patient sends you a friend request, or when you are tempted to look up a patient
        online? This module works through those moments with the figures of a national survey of US medical
        students, residents and practicing physicians, and the professional guidance that followed it.
      </p>
    </>
  );
}
