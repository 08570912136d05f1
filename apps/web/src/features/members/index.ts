// What other features may use of this one.
export { HandOverChiefForm } from './components/hand-over-chief-form';
