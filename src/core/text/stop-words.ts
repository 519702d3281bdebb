/**
 * Words that carry no topic ("work" included: every question is about working with someone). Kept
 * small on purpose: words such as "help", "support" or "small" are not here, because they distinguish
 * passages.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below
  between both but by can could did do does doing done down during each few for from further get gets
  got had has have having he her here hers herself him himself his how i if in into is it its itself
  just let lets like me more most my myself no nor not now of off on once only or other ought our ours
  ourselves out over own please same shall she should so some such than that thats the their theirs
  them themselves then there these they this those through to too under until up us very was we were
  what whats when where which while who whom whose why will with would you your yours yourself
  yourselves im ive id youre theyre dont doesnt cant wont isnt arent shouldnt wouldnt couldnt
  hi hello hey thanks thank tell know want need really also anyone someone something way ways
  one ones thing things much many lot bit best good right tips tip advice work works working worked
  vs versus weve youve theyve youd theyd hes shes whos theres heres wheres whys hows
  wasnt werent hasnt havent hadnt didnt aint youll theyll itll shant mustnt
  actually rather quite basically literally just still even yet maybe perhaps sure ok okay yes yeah tbh pls plz
  etc eg ie anything everything nothing everyone anybody somebody`
    .split(/\s+/)
    .filter(Boolean),
);
